import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMessage } from '../../core/mail/classify-message';
import { parseHeadersOnly } from './parse-headers-only';
import { parseMessage, type ParseResult } from './parse-message';

const fixtureDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures');
const fixtures = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.eml'))
  .map((f) => readFileSync(path.join(fixtureDir, f)));

/** Every outcome is a value: a parsed message the classifier accepts, or a non-empty error. */
function expectWellFormed(result: ParseResult): void {
  if (result.ok) {
    expect(typeof result.message.text).toBe('string');
    expect(() => classifyMessage(result.message)).not.toThrow();
  } else {
    expect(result.error.length).toBeGreaterThan(0);
  }
}

const fixture = fc.constantFrom(...fixtures);

describe('parseMessage and parseHeadersOnly on hostile input', () => {
  it('never throw on random bytes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), async (bytes) => {
        expect(() => parseHeadersOnly(bytes)).not.toThrow();
        expectWellFormed(await parseMessage(bytes));
      }),
      { numRuns: 200 },
    );
  });

  it('never throw on real-looking messages cut at any point', async () => {
    await fc.assert(
      fc.asyncProperty(fixture, fc.double({ min: 0, max: 1, noNaN: true }), async (bytes, at) => {
        expectWellFormed(await parseMessage(bytes.subarray(0, Math.floor(bytes.length * at))));
      }),
      { numRuns: 200 },
    );
  });

  it('never throw when bytes of a real message are overwritten with NULs, high bytes or line breaks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fixture,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom(0x00, 0xff, 0xc3, 0x0a, 0x0d, 0x3d, 0x2d)), {
          maxLength: 30,
        }),
        async (bytes, edits) => {
          const copy = Buffer.from(bytes);
          for (const [pos, byte] of edits) copy[pos % copy.length] = byte;
          expectWellFormed(await parseMessage(copy));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throw on mis-declared or unknown charsets and broken transfer encodings', async () => {
    const charset = fc.constantFrom(
      'utf-8',
      'iso-8859-1',
      'iso-2022-jp',
      'x-unknown-42',
      'utf-7',
      '"',
      'shift_jis',
      '',
    );
    const encoding = fc.constantFrom('base64', 'quoted-printable', '8bit', 'x-uuencode', 'binary');
    await fc.assert(
      fc.asyncProperty(
        charset,
        encoding,
        fc.uint8Array({ maxLength: 512 }),
        fc.string({ maxLength: 60 }),
        async (cs, enc, body, word) => {
          const head = Buffer.from(
            `From: =?${cs}?B?${word}?= <a@b.example>\r\nSubject: =?${cs}?Q?${word}?=\r\nContent-Type: text/plain; charset=${cs}\r\nContent-Transfer-Encoding: ${enc}\r\n\r\n`,
            'latin1',
          );
          expectWellFormed(await parseMessage(Buffer.concat([head, body])));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('returns a clear error for a 5 MB header line', async () => {
    const bytes = Buffer.concat([
      Buffer.from('Subject: '),
      Buffer.alloc(5 * 1024 * 1024, 0x61),
      Buffer.from('\r\n\r\nbody'),
    ]);
    const result = await parseMessage(bytes);
    expect(result).toEqual({ ok: false, error: 'header section is larger than 262144 bytes' });
  });

  it('survives multipart nesting deeper than the limit', async () => {
    const depth = 100;
    const open = Array.from(
      { length: depth },
      (_, i) => `Content-Type: multipart/mixed; boundary=b${i}\r\n\r\n--b${i}\r\n`,
    ).join('');
    const result = await parseMessage(
      Buffer.from(`Subject: deep\r\n${open}Content-Type: text/plain\r\n\r\nhi\r\n`),
    );
    expectWellFormed(result);
  });
});
