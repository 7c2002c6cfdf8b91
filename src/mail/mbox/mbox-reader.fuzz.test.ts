import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readMbox, type MboxItem } from './mbox-reader';
import { chunked } from './mbox-test-helpers';

async function read(data: Buffer, sizes: number[], maxMessageBytes?: number): Promise<MboxItem[]> {
  const items: MboxItem[] = [];
  for await (const item of readMbox(chunked(data, sizes), { maxMessageBytes })) items.push(item);
  return items;
}

/** Lines that stress the separator logic: quoted and unquoted "From " lines, blank lines, binary-ish bytes. */
const line = fc.oneof(
  fc.string({ maxLength: 40 }).map((s) => s.replace(/[\r\n]/g, ' ')),
  fc.constantFrom(
    'From the team',
    '>From quoted',
    '>>From deeper',
    'From a Mon Mar  3 10:00:00 2025',
    '',
    '\u0000\u00ff',
  ),
);
const message = fc
  .array(line, { minLength: 1, maxLength: 12 })
  .map((lines) => `Subject: x\n\n${lines.join('\n')}`);

/** Writes messages the mboxrd way: every line of >*From gets one more '>'. */
function writeMboxrd(messages: string[]): Buffer {
  const parts = messages.map(
    (m, i) => `From s${i}@x.example Mon Mar  3 10:00:00 2025\n${m.replace(/^(>*From )/gm, '>$1')}\n`,
  );
  return Buffer.from(parts.join(''), 'latin1');
}

const sizes = fc.array(fc.integer({ min: 1, max: 300 }), { minLength: 1, maxLength: 5 });

describe('readMbox on generated and hostile input', () => {
  it('gives back exactly the messages an mboxrd writer wrote, whatever the chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 8 }), sizes, async (messages, chunks) => {
        const items = await read(writeMboxrd(messages), chunks);
        expect(items.map((i) => (i.ok ? i.bytes.toString('latin1') : i.error))).toEqual(messages);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on random bytes and yields ordered, in-bounds, non-overlapping ranges', async () => {
    const noise = fc.oneof(
      fc.uint8Array({ maxLength: 2000 }).map((a) => Buffer.from(a)),
      fc.array(message, { maxLength: 4 }).map(writeMboxrd),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(noise, { minLength: 1, maxLength: 4 }),
        sizes,
        fc.integer({ min: 64, max: 4096 }),
        async (pieces, chunks, max) => {
          const data = Buffer.concat(pieces);
          const items = await read(data, chunks, max);
          let end = 0;
          for (const item of items) {
            expect(item.offset).toBeGreaterThanOrEqual(end);
            expect(item.length).toBeGreaterThan(0);
            end = item.offset + item.length;
            if (item.ok) expect(item.bytes.length).toBeLessThanOrEqual(max);
            else expect(item.error.length).toBeGreaterThan(0);
          }
          expect(end).toBeLessThanOrEqual(data.length);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('keeps going past garbage between messages: the garbage stays in the message before it', async () => {
    const data = Buffer.concat([
      writeMboxrd(['Subject: a\n\none']),
      Buffer.from([0, 255, 10, 13, 0x46, 10]),
      writeMboxrd(['Subject: b\n\ntwo']),
    ]);
    const items = await read(data, [7]);
    expect(items.map((i) => i.ok && i.bytes.toString('latin1').split('\n')[0])).toEqual([
      'Subject: a',
      'Subject: b',
    ]);
  });
});
