import { describe, expect, it } from 'vitest';
import { readMbox, type MboxItem, type MboxReadOptions } from './mbox-reader';
import { chunked, mbox } from './mbox-test-helpers';

async function read(data: Buffer, sizes?: number[], options?: MboxReadOptions): Promise<MboxItem[]> {
  const items: MboxItem[] = [];
  for await (const item of readMbox(chunked(data, sizes), options)) items.push(item);
  return items;
}

const bodies = (items: MboxItem[]): string[] =>
  items.map((i) => (i.ok ? i.bytes.toString('latin1') : `ERROR ${i.error}`));

describe('readMbox', () => {
  const three = [
    'Subject: one\n\nfirst',
    'Subject: two\n\nsecond\n>From the archive\n',
    'Subject: three\n\nthird',
  ];

  it('splits messages, drops From lines and undoes >From quoting', async () => {
    expect(bodies(await read(mbox(three)))).toEqual([
      'Subject: one\n\nfirst',
      'Subject: two\n\nsecond\nFrom the archive\n',
      'Subject: three\n\nthird',
    ]);
  });

  it('handles CRLF files', async () => {
    expect(bodies(await read(mbox(three, '\r\n')))).toEqual([
      'Subject: one\r\n\r\nfirst',
      'Subject: two\r\n\r\nsecond\r\nFrom the archive\r\n',
      'Subject: three\r\n\r\nthird',
    ]);
  });

  it('gives byte ranges that tile the file, so offset + length is the next message', async () => {
    const data = mbox(three);
    const items = await read(data);
    expect(items.map((i) => i.offset)).toEqual([0, items[0]!.length, items[0]!.length + items[1]!.length]);
    expect(items.reduce((sum, i) => sum + i.length, 0)).toBe(data.length);
    for (const item of items) expect(data.toString('latin1', item.offset, item.offset + 5)).toBe('From ');
  });

  it('yields the same messages whatever the chunk sizes', async () => {
    const data = mbox(three);
    const whole = bodies(await read(data));
    for (const sizes of [[1], [3, 7], [6], [64]]) expect(bodies(await read(data, sizes))).toEqual(whole);
  });

  it('does not split at an unquoted From line in a body (mboxo)', async () => {
    const data = Buffer.from('From a Mon Mar  3 10:00:00 2025\nSubject: x\n\nhello\nFrom the team\n');
    expect(bodies(await read(data))).toEqual(['Subject: x\n\nhello\nFrom the team']);
  });

  it('reports data before the first From line and goes on', async () => {
    const data = Buffer.concat([Buffer.from('garbage\n'), mbox(['Subject: a\n\nb'])]);
    expect(bodies(await read(data))).toEqual([
      'ERROR data before the first From line is not a message',
      'Subject: a\n\nb',
    ]);
  });

  it('reports an oversized message once, without buffering it, and resyncs at the next one', async () => {
    const data = mbox(['Subject: big\n\n' + 'x'.repeat(10_000), 'Subject: small\n\nok']);
    const items = await read(data, [512], { maxMessageBytes: 2048 });
    expect(bodies(items)).toEqual(['ERROR message is larger than 2048 bytes', 'Subject: small\n\nok']);
    expect(items[0]).toMatchObject({ offset: 0, length: items[1]!.offset });
  });

  it('reports an oversized last message', async () => {
    const items = await read(mbox(['Subject: big\n\n' + 'x'.repeat(10_000)]), [1000], {
      maxMessageBytes: 2048,
    });
    expect(bodies(items)).toEqual(['ERROR message is larger than 2048 bytes']);
  });

  it('resumes from a saved offset with absolute offsets', async () => {
    const data = mbox(three);
    const first = (await read(data))[0]!;
    const resumed = await read(data.subarray(first.length), undefined, { startOffset: first.length });
    expect(resumed.map((i) => i.offset)).toEqual((await read(data)).slice(1).map((i) => i.offset));
  });

  it.each([
    ['an empty file', ''],
    ['blank lines only', '\n\n\r\n'],
  ])('yields nothing for %s', async (_name, text) => {
    expect(await read(Buffer.from(text))).toEqual([]);
  });
});
