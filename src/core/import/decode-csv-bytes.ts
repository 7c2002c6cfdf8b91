export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'windows-1252' | 'utf-16le' | 'utf-16be';

export interface DecodedCsv {
  /** The text without its byte order mark. */
  text: string;
  encoding: CsvEncoding;
}

/**
 * The characters windows-1252 puts at 0x80–0x9F, where it differs from Latin-1. The five bytes it leaves
 * undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) decode to the C1 control of the same value, as the WHATWG
 * Encoding Standard says. The table is written out because TextDecoder only knows windows-1252 when Node
 * is built with full ICU, and an import must not depend on how Node was built.
 */
const WINDOWS_1252_HIGH = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  // Chunks keep String.fromCharCode's argument list far below engine limits on large files.
  for (let start = 0; start < bytes.length; start += 8192) {
    const codes = Array.from(bytes.subarray(start, start + 8192), (b) =>
      b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_HIGH[b - 0x80] ?? b) : b,
    );
    out += String.fromCharCode(...codes);
  }
  return out;
}

function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): string {
  if (!bigEndian) return new TextDecoder('utf-16le').decode(bytes);
  // Node without full ICU has no utf-16be decoder, so the bytes are swapped and read as little-endian.
  const swapped = new Uint8Array(bytes.length - (bytes.length % 2));
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    swapped[i] = bytes[i + 1] ?? 0;
    swapped[i + 1] = bytes[i] ?? 0;
  }
  return new TextDecoder('utf-16le').decode(swapped);
}

/**
 * UTF-16 without a byte order mark shows itself by a zero byte in every other position of ASCII text.
 * Only the first bytes are looked at: a header row is plain ASCII in every format hearback knows.
 */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 64);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros === pairs && evenZeros === 0) return 'utf-16le';
  if (evenZeros === pairs && oddZeros === 0) return 'utf-16be';
  return null;
}

/**
 * Decodes a CSV file's bytes. A byte order mark decides; without one, the bytes are read as strict UTF-8,
 * and when they are not valid UTF-8 they are read as windows-1252, which is what Excel on Windows writes
 * and which decodes any byte sequence. Never throws.
 *
 * @example
 * decodeCsvBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0x61])) // { text: 'a', encoding: 'utf-8-bom' }
 * decodeCsvBytes(new Uint8Array([0x53, 0x6f, 0x63, 0x69, 0xe9, 0x74, 0xe9])) // { text: 'Société', encoding: 'windows-1252' }
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: decodeUtf16(bytes.subarray(2), false), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: decodeUtf16(bytes.subarray(2), true), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16 !== null) return { text: decodeUtf16(bytes, utf16 === 'utf-16be'), encoding: utf16 };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}
