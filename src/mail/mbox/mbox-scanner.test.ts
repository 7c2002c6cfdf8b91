import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MboxScanner, type ScanItem, type ScanOptions } from './mbox-scanner';
import { chunked, mbox } from './mbox-test-helpers';

const messages = [
  'From: dev@project.example.org\nSubject: [VOTE] Release 2.1\nList-Id: <dev.project.example.org>\nDate: Mon, 3 Mar 2025 10:00:00 +0000\nMessage-ID: <l1@x>\n\nPlease vote.',
  'From: Northwind Hiring Team <no-reply@us.greenhouse-mail.io>\nSubject: Thank you for applying to Northwind\nDate: Mon, 3 Mar 2025 11:00:00 +0000\nMessage-ID: <a1@x>\n\nWe have received your application for the Analyst role.',
  'this message has no header fields at all\n\njust text',
  'From: Dana <dana@northwind.example>\nSubject: Your application\nDate: Tue, 1 Jan 2019 10:00:00 +0000\nMessage-ID: <old@x>\n\nUnfortunately we will not be moving forward with your application.',
  'From: Dana <dana@northwind.example>\nSubject: Your application\nDate: Wed, 5 Mar 2025 10:00:00 +0000\nMessage-ID: <r1@x>\n\nUnfortunately we will not be moving forward with your application.\n>From the team',
];

async function scan(
  options: ScanOptions,
  data = mbox(messages),
): Promise<{ items: ScanItem[]; scanner: MboxScanner }> {
  const scanner = new MboxScanner(options);
  const items: ScanItem[] = [];
  for await (const item of scanner.scan(chunked(data, [97]))) items.push(item);
  return { items, scanner };
}

const summary = (item: ScanItem): string =>
  item.kind === 'classified'
    ? `${item.kind}:${item.verdict.kind}`
    : item.kind === 'skipped'
      ? `${item.kind}:${item.reason}`
      : item.kind;

describe('MboxScanner', () => {
  it('skips list mail by its headers, classifies candidates and reports bad messages without stopping', async () => {
    const { items } = await scan({});
    expect(items.map(summary)).toEqual([
      'skipped:not_job_mail',
      'classified:ack',
      'error',
      'classified:rejection',
      'classified:rejection',
    ]);
  });

  it('skips messages before --since without parsing their bodies', async () => {
    const { items } = await scan({ since: '2024-01-01' });
    expect(items.map(summary)[3]).toBe('skipped:before_since');
  });

  it('keeps running counters for a progress bar and a resume offset at the end of the file', async () => {
    const data = mbox(messages);
    const { scanner } = await scan({}, data);
    expect(scanner.stats).toEqual({
      bytes: data.length,
      messages: 5,
      candidates: 3,
      matches: 3,
      skipped: 1,
      errors: 1,
      offset: data.length,
    });
  });

  it('undoes >From quoting in the messages it parses', async () => {
    const { items } = await scan({});
    const last = items[4];
    expect(last?.kind === 'classified' && last.message.text).toContain('\nFrom the team');
  });

  it('passes the link to the classifier, so a person in a known thread reads as a reply', async () => {
    const data = mbox([
      'From: Dana <dana@northwind.example>\nSubject: Re: hello\nIn-Reply-To: <f1@home>\n\nSure, Thursday works.',
    ]);
    const { items } = await scan(
      { isCandidate: () => true, link: () => ({ applicationId: 'app1', via: 'thread', confidence: 0.98 }) },
      data,
    );
    expect(items.map(summary)).toEqual(['classified:human_reply']);
  });

  it('resumes from a saved offset', async () => {
    const data = mbox(messages);
    const { items } = await scan({});
    const resumeAt = items[1]!.offset + items[1]!.length;
    const resumed = await scan({ startOffset: resumeAt }, data.subarray(resumeAt));
    expect(resumed.items.map((i) => i.offset)).toEqual(items.slice(2).map((i) => i.offset));
    expect(resumed.scanner.stats.bytes).toBe(data.length - resumeAt);
  });

  it('never throws on random bytes and counts every item', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 500 }).map((a) => Buffer.from(a)),
            fc.constant(mbox(messages)),
          ),
          { maxLength: 4 },
        ),
        async (pieces) => {
          const { items, scanner } = await scan({ maxMessageBytes: 4096 }, Buffer.concat(pieces));
          expect(scanner.stats.messages).toBe(items.length);
          expect(scanner.stats.skipped + scanner.stats.errors + scanner.stats.candidates).toBe(items.length);
        },
      ),
      { numRuns: 100 },
    );
  });
});
