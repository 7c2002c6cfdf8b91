import { describe, expect, it } from 'vitest';
import { readMbox, type MboxItem } from './mbox-reader';
import { chunked, fileSource, mbox } from './mbox-test-helpers';

const messages = [
  'Subject: one\n\nfirst',
  `Subject: big\n\n${'b'.repeat(9 * 1024 * 1024)}`,
  'Subject: three\n\nthird',
];
const data = mbox(messages);

async function collect(items: AsyncGenerator<MboxItem>, keep: (item: MboxItem) => string): Promise<string[]> {
  const out: string[] = [];
  for await (const item of items) out.push(keep(item));
  return out;
}

const head = (item: MboxItem): string =>
  item.ok ? `${item.bytes.length}:${item.bytes.toString('latin1', 0, 12)}` : item.error;

describe('the reader window', () => {
  it('reads a file source in small reads, growing for a large message and shrinking after it', async () => {
    const fromFile = await collect(readMbox(fileSource(data, 300_000)), head);
    const fromStream = await collect(readMbox(chunked(data, [65_536])), head);
    expect(fromFile).toEqual(fromStream);
    expect(fromFile).toEqual(['19:Subject: one', `${9 * 1024 * 1024 + 14}:Subject: big`, '21:Subject: thr']);
  });

  it('starts a file source at the resume offset', async () => {
    const second = data.indexOf('\nFrom ') + 1;
    const items = await collect(readMbox(fileSource(data), { startOffset: second }), (i) => String(i.offset));
    expect(items[0]).toBe(String(second));
  });

  it('gives copies by default, which stay valid after the reader moves on', async () => {
    const kept: Buffer[] = [];
    for await (const item of readMbox(fileSource(data, 1000))) if (item.ok) kept.push(item.bytes);
    expect(kept.map((b) => b.toString('latin1', 0, 12))).toEqual([
      'Subject: one',
      'Subject: big',
      'Subject: thr',
    ]);
  });
});
