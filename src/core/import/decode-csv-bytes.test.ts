import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import iconv from 'iconv-lite';
import { decodeCsvBytes } from './decode-csv-bytes';

const fixture = (name: string): Uint8Array => readFileSync(new URL(`./fixtures/${name}`, import.meta.url));
const bytes = (...values: number[]): Uint8Array => new Uint8Array(values);

describe('decodeCsvBytes', () => {
  it.each([
    ['reads plain UTF-8', new TextEncoder().encode('Société'), 'Société', 'utf-8'],
    ['strips a UTF-8 byte order mark', bytes(0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62), 'a,b', 'utf-8-bom'],
    [
      'falls back to windows-1252 when the bytes are not UTF-8',
      bytes(0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9),
      'Société',
      'windows-1252',
    ],
    [
      'reads the windows-1252 euro sign and curly quotes',
      bytes(0x80, 0x20, 0x93, 0x78, 0x94),
      '€ “x”',
      'windows-1252',
    ],
    ['reads UTF-16LE after its byte order mark', bytes(0xff, 0xfe, 0x61, 0x00, 0xe9, 0x00), 'aé', 'utf-16le'],
    ['reads UTF-16BE after its byte order mark', bytes(0xfe, 0xff, 0x00, 0x61, 0x00, 0xe9), 'aé', 'utf-16be'],
    [
      'recognises UTF-16LE without a byte order mark',
      bytes(0x61, 0x00, 0x2c, 0x00, 0x62, 0x00),
      'a,b',
      'utf-16le',
    ],
    ['reads an empty file as empty UTF-8', bytes(), '', 'utf-8'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decodeCsvBytes(input)).toEqual({ text, encoding });
  });

  it('decodes every windows-1252 byte as iconv-lite does, and the five undefined ones as C1 controls', () => {
    const all = new Uint8Array(256).map((_, i) => i);
    // 0x81 makes the bytes invalid UTF-8, so this goes through the windows-1252 path. iconv-lite is an
    // independent table; it writes U+FFFD where the WHATWG standard, which this follows, keeps the byte.
    const undefinedBytes = [0x81, 0x8d, 0x8f, 0x90, 0x9d];
    const expected = [...iconv.decode(Buffer.from(all), 'windows-1252')]
      .map((ch, i) => (undefinedBytes.includes(i) ? String.fromCharCode(i) : ch))
      .join('');
    expect(decodeCsvBytes(all)).toEqual({ text: expected, encoding: 'windows-1252' });
  });

  it.each([
    ['huntr-windows-1252.csv', 'windows-1252', 'Société Générale,Ingénieur logiciel'],
    ['huntr-windows-1252.csv', 'windows-1252', 'Gehalt: 75.000 €'],
    ['teal-bom.csv', 'utf-8-bom', 'Company Name,Job Title'],
    ['linkedin-saved-jobs-utf16le.csv', 'utf-16le', 'Saved Date,Job Url'],
  ])('decodes the fixture %s as %s', (name, encoding, contains) => {
    const decoded = decodeCsvBytes(fixture(name));
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toContain(contains);
    expect(decoded.text.startsWith('\uFEFF')).toBe(false);
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (input) => {
        expect(typeof decodeCsvBytes(input).text).toBe('string');
      }),
    );
  });

  it('gives back any text written as UTF-8 with or without a byte order mark', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), fc.boolean(), (text, bom) => {
        // A text whose second character is NUL reads as UTF-16 without a byte order mark, by design.
        fc.pre(!text.startsWith('\uFEFF') && text.charCodeAt(1) !== 0);
        const encoded = new TextEncoder().encode(text);
        const input = bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...encoded]) : encoded;
        expect(decodeCsvBytes(input).text).toBe(text);
      }),
    );
  });
});
