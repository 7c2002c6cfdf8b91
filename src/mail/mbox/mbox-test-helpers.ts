/** Test helpers: an mbox built from messages, and a source that hands it over in chosen chunk sizes. */
export function mbox(messages: string[], eol = '\n'): Buffer {
  return Buffer.from(
    messages
      .map(
        (m, i) =>
          `From sender${i}@x.example Mon Mar  3 10:0${i % 10}:00 2025${eol}${m.replace(/\n/g, eol)}${eol}`,
      )
      .join(''),
    'latin1',
  );
}

export async function* chunked(data: Buffer, sizes: number[] = [data.length || 1]): AsyncGenerator<Buffer> {
  let pos = 0;
  let i = 0;
  while (pos < data.length) {
    const size = Math.max(1, sizes[i % sizes.length] ?? 1);
    yield data.subarray(pos, pos + size);
    pos += size;
    i += 1;
  }
}

/** A file-like source over a buffer that hands out at most `step` bytes per read, as a slow disk might. */
export function fileSource(
  data: Buffer,
  step = Number.MAX_SAFE_INTEGER,
): {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
} {
  return {
    read(buffer, offset, length, position) {
      const n = Math.max(0, Math.min(length, step, data.length - position));
      data.copy(buffer, offset, position, position + n);
      return Promise.resolve({ bytesRead: n });
    },
  };
}
