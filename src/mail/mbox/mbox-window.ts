/** What the reader needs from a file: `FileHandle.read` fits, and reads straight into the reader's buffer. */
export interface MboxFileSource {
  read(buffer: Buffer, offset: number, length: number, position: number): Promise<{ bytesRead: number }>;
}

/** A stream of chunks (a ReadStream, a test generator), or a file to read from directly. */
export type MboxSource = AsyncIterable<Uint8Array | string> | MboxFileSource;

const INITIAL_BYTES = 4 * 1024 * 1024;
const READ_BYTES = 1024 * 1024;

function isFileSource(source: MboxSource): source is MboxFileSource {
  return typeof (source as Partial<MboxFileSource>).read === 'function' && !(Symbol.asyncIterator in source);
}

function asBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk, 'latin1');
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

/**
 * The bytes the mbox reader has read but not consumed, kept in one buffer that is reused for the whole file.
 * Reusing it is what keeps memory flat: a new buffer per read would leave the garbage collector a megabyte
 * of dead memory per read to find. The buffer grows only to hold one large message, and shrinks after it.
 * Views from `data()` stay valid until the next `fill()`, which may move the bytes.
 */
export class MboxWindow {
  /** Absolute offset, in the source, of the first unconsumed byte. */
  base: number;
  private buf: Buffer = Buffer.allocUnsafe(INITIAL_BYTES);
  private start = 0;
  private end = 0;
  private position: number;
  private eof = false;
  /** For a file: the next read, started as soon as the last one finished, so reading overlaps parsing. */
  private ahead: Promise<{ bytes: number } | { error: unknown }> | null = null;
  private readonly spare: Buffer = Buffer.allocUnsafe(READ_BYTES);
  private readonly file: MboxFileSource | null;
  private readonly chunks: AsyncIterator<Uint8Array | string> | null;

  constructor(source: MboxSource, startOffset: number) {
    this.base = startOffset;
    this.position = startOffset;
    this.file = isFileSource(source) ? source : null;
    this.chunks = isFileSource(source) ? null : source[Symbol.asyncIterator]();
  }

  data(): Buffer {
    return this.buf.subarray(this.start, this.end);
  }

  consume(bytes: number): void {
    this.start += bytes;
    this.base += bytes;
  }

  /** Reads more data after what is held. Returns false at the end of the source. */
  async fill(): Promise<boolean> {
    if (this.eof) return false;
    if (this.file) return this.fillFromFile(this.file);
    const next = await this.chunks?.next();
    if (!next || next.done) {
      this.eof = true;
      return false;
    }
    const chunk = asBuffer(next.value);
    this.makeRoom(chunk.length);
    chunk.copy(this.buf, this.end);
    this.end += chunk.length;
    return true;
  }

  private async fillFromFile(file: MboxFileSource): Promise<boolean> {
    let bytes: number;
    if (this.ahead) {
      const result = await this.ahead;
      this.ahead = null;
      if ('error' in result) throw result.error;
      bytes = result.bytes;
      this.makeRoom(bytes);
      this.spare.copy(this.buf, this.end, 0, bytes);
    } else {
      this.makeRoom(READ_BYTES);
      bytes = (await file.read(this.buf, this.end, READ_BYTES, this.position)).bytesRead;
    }
    this.position += bytes;
    this.end += bytes;
    this.eof = bytes === 0;
    if (!this.eof) {
      // The error is kept as a value: if the caller stops early and closes the file, nobody awaits this read.
      this.ahead = file.read(this.spare, 0, READ_BYTES, this.position).then(
        (r) => ({ bytes: r.bytesRead }),
        (error: unknown) => ({ error }),
      );
    }
    return !this.eof;
  }

  /** Moves the held bytes to the front, then grows (or shrinks back) so that `free` more bytes fit. */
  private makeRoom(free: number): void {
    const held = this.end - this.start;
    const needed = held + Math.max(free, READ_BYTES);
    if (this.buf.length > INITIAL_BYTES * 4 && needed <= INITIAL_BYTES) {
      const smaller = Buffer.allocUnsafe(INITIAL_BYTES);
      this.buf.copy(smaller, 0, this.start, this.end);
      this.buf = smaller;
    } else if (needed > this.buf.length) {
      let size = this.buf.length * 2;
      while (size < needed) size *= 2;
      const bigger = Buffer.allocUnsafe(size);
      this.buf.copy(bigger, 0, this.start, this.end);
      this.buf = bigger;
    } else if (this.start > 0 && this.buf.length - this.end < free) {
      this.buf.copyWithin(0, this.start, this.end);
    } else {
      return;
    }
    this.start = 0;
    this.end = held;
  }
}
