/**
 * Runs the mail classifier over the real data in ../shared/data (see its README) and prints a confusion
 * matrix, per-class precision and recall, and a few misclassified samples. Labels come from where a
 * message sits: sisimai bounces (rfc3464-*, lhost-*, rhost-*), auto-replies (rfc3834-*), feedback reports
 * (arf-*, expected `unrelated`: an abuse report is not a delivery failure and says nothing about an
 * application), sisimai's negative controls, the Apache list archives (all `unrelated`) and real rejections.
 *
 * Usage: tsx scripts/eval-mail.ts [--data DIR] [--samples N] [--strip-lists] [--json]
 */
import { createReadStream, existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  classifyMessage,
  MAIL_KINDS,
  type MailKind,
  type MailVerdict,
} from '../src/core/mail/classify-message';
import { createMailMessage, type MailMessage } from '../src/core/mail/mail-message';
import { readMbox } from '../src/mail/mbox/mbox-reader';
import { parseMessage } from '../src/mail/mime/parse-message';

interface Sample {
  source: string;
  expected: MailKind;
  verdict: MailVerdict | null;
  error?: string;
  subject: string;
}

const here = path.dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const argValue = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const dataDir = argValue('--data') ?? process.env.HEARBACK_DATA ?? path.resolve(here, '../../shared/data');
const sampleCount = Number(argValue('--samples') ?? 4);

/**
 * Files whose folder label is wrong on reading, for hearback's purposes. sisimai keeps rb-issue-368 among
 * its non-bounces because it documents a parser bug, but the message is a postmaster's "your email was
 * rejected: mailbox full" notice, a bounce. Three of sisimai's Amazon SES samples are SNS notifications of a
 * complaint (11) and of successful deliveries (12, 13), which are not delivery failures.
 */
const LABEL_OVERRIDES: Readonly<Record<string, MailKind>> = {
  'rb-issue-368-bug.eml': 'bounce',
  'lhost-amazonses-11.eml': 'unrelated',
  'lhost-amazonses-12.eml': 'unrelated',
  'lhost-amazonses-13.eml': 'unrelated',
};

function expectedForSisimai(file: string): MailKind | null {
  if (/^(?:rfc3464|lhost|rhost)-/.test(file)) return 'bounce';
  if (file.startsWith('rfc3834-')) return 'auto_reply';
  if (file.startsWith('arf-')) return 'unrelated';
  return null;
}

/**
 * With --strip-lists, list headers are removed before classifying, so the Apache archives test the body and
 * subject rules the way a personal inbox would (one-to-one mail has no List-Id to give it away).
 */
const stripLists = args.includes('--strip-lists');
const LIST_HEADERS = new Set(['list-id', 'list-post', 'mailing-list', 'x-mailing-list', 'precedence']);

async function classifyBytes(bytes: Uint8Array, source: string, expected: MailKind): Promise<Sample> {
  const parsed = await parseMessage(bytes);
  if (!parsed.ok) return { source, expected, verdict: null, error: parsed.error, subject: '' };
  const message =
    stripLists && source.startsWith('apache/')
      ? {
          ...parsed.message,
          headers: Object.fromEntries(
            Object.entries(parsed.message.headers).filter(([k]) => !LIST_HEADERS.has(k)),
          ),
        }
      : parsed.message;
  return { source, expected, verdict: classifyMessage(message), subject: parsed.message.subject };
}

async function sisimai(samples: Sample[]): Promise<void> {
  const bsd = path.join(dataDir, 'mail/sisimai/maildir/bsd');
  const not = path.join(dataDir, 'mail/sisimai/maildir/not');
  if (!existsSync(bsd)) return void console.log(`skipped: ${bsd} not found`);
  for (const file of (await readdir(bsd)).sort()) {
    const expected = LABEL_OVERRIDES[file] ?? expectedForSisimai(file);
    if (expected)
      samples.push(
        await classifyBytes(await readFile(path.join(bsd, file)), `sisimai/bsd/${file}`, expected),
      );
  }
  if (!existsSync(not)) return;
  for (const file of (await readdir(not)).sort()) {
    const expected = LABEL_OVERRIDES[file] ?? 'unrelated';
    samples.push(await classifyBytes(await readFile(path.join(not, file)), `sisimai/not/${file}`, expected));
  }
}

async function apache(samples: Sample[]): Promise<void> {
  const dir = path.join(dataDir, 'mail/apache-mbox');
  if (!existsSync(dir)) return void console.log(`skipped: ${dir} not found`);
  for (const file of (await readdir(dir)).filter((f) => f.endsWith('.mbox')).sort()) {
    for await (const item of readMbox(createReadStream(path.join(dir, file)))) {
      const source = `apache/${file}@${item.offset}`;
      if (!item.ok)
        samples.push({ source, expected: 'unrelated', verdict: null, error: item.error, subject: '' });
      else samples.push(await classifyBytes(item.bytes, source, 'unrelated'));
    }
  }
}

async function rejections(samples: Sample[]): Promise<void> {
  const file = path.join(dataDir, 'rejections/jgchoti-email.json');
  if (!existsSync(file)) return void console.log(`skipped: ${file} not found`);
  const data = JSON.parse(await readFile(file, 'utf8')) as Record<
    string,
    { company_id?: string; email_text?: string | null; position_applied?: string }[]
  >;
  for (const key of ['rejection_emails', 'feedback_rejection']) {
    for (const record of data[key] ?? []) {
      if (!record.email_text) continue;
      // The export has the text only; the message is built as it would arrive, with a neutral subject.
      const msg: MailMessage = createMailMessage({
        subject: `Your application for ${record.position_applied ?? 'the position'}`,
        text: record.email_text,
      });
      samples.push({
        source: `rejections/${key}/${record.company_id ?? '?'}`,
        expected: 'rejection',
        verdict: classifyMessage(msg),
        subject: msg.subject,
      });
    }
  }
}

function pad(value: string | number, width: number): string {
  return String(value).padStart(width);
}

function report(samples: Sample[]): void {
  const predicted = (s: Sample): MailKind | 'error' => s.verdict?.kind ?? 'error';
  const columns: (MailKind | 'error')[] = [...MAIL_KINDS, 'error'];
  const rows = MAIL_KINDS.filter((k) => samples.some((s) => s.expected === k));
  const short = (k: string): string =>
    k.replace('interview_invite', 'interview').replace('human_reply', 'human').replace('auto_reply', 'auto');
  console.log(`\nconfusion matrix (rows: expected, columns: predicted), ${samples.length} messages`);
  console.log(`${''.padEnd(11)}${columns.map((c) => pad(short(c), 10)).join('')}`);
  for (const row of rows) {
    const counts = columns.map((c) => samples.filter((s) => s.expected === row && predicted(s) === c).length);
    console.log(`${short(row).padEnd(11)}${counts.map((n) => pad(n, 10)).join('')}`);
  }
  console.log('\nclass         precision  recall   support  predicted');
  for (const kind of MAIL_KINDS) {
    const tp = samples.filter((s) => s.expected === kind && predicted(s) === kind).length;
    const support = samples.filter((s) => s.expected === kind).length;
    const predictedCount = samples.filter((s) => predicted(s) === kind).length;
    if (support === 0 && predictedCount === 0) continue;
    const precision = predictedCount ? (tp / predictedCount).toFixed(3) : '  -  ';
    const recall = support ? (tp / support).toFixed(3) : '  -  ';
    console.log(
      `${kind.padEnd(14)}${pad(precision, 9)}${pad(recall, 8)}${pad(support, 10)}${pad(predictedCount, 11)}`,
    );
  }
  const correct = samples.filter((s) => predicted(s) === s.expected).length;
  console.log(`\naccuracy ${(correct / samples.length).toFixed(4)} (${correct}/${samples.length})`);
  const bounces = samples.filter((s) => s.expected === 'bounce' && s.verdict?.kind === 'bounce');
  const withRecipient = bounces.filter((s) => s.verdict?.failedRecipient).length;
  const hard = bounces.filter((s) => s.verdict?.bounce === 'hard').length;
  console.log(
    `bounces: failed recipient found in ${withRecipient}/${bounces.length}; hard ${hard}, soft ${bounces.length - hard}`,
  );
  const autos = samples.filter((s) => s.verdict?.kind === 'auto_reply');
  console.log(
    `auto-replies with a return date: ${
      autos
        .filter((s) => s.verdict?.returnDate)
        .map((s) => `${s.source}=${s.verdict?.returnDate}`)
        .join(', ') || 'none'
    }`,
  );
  const tiers = samples.filter((s) => s.verdict && s.verdict.kind === s.expected);
  console.log(
    `tiers of correct verdicts: high ${tiers.filter((s) => s.verdict?.tier === 'high').length}, medium ${tiers.filter((s) => s.verdict?.tier === 'medium').length}, low ${tiers.filter((s) => s.verdict?.tier === 'low').length}`,
  );
  const wrong = samples.filter((s) => predicted(s) !== s.expected);
  if (wrong.length) console.log('\nmisclassified samples:');
  const shown = new Map<string, number>();
  for (const s of wrong) {
    const key = `${s.expected}->${predicted(s)}`;
    if ((shown.get(key) ?? 0) >= sampleCount) continue;
    shown.set(key, (shown.get(key) ?? 0) + 1);
    const why = s.verdict
      ? s.verdict.evidence
          .slice(0, 3)
          .map((e) => `${e.rule}: ${e.detail}`)
          .join(' | ')
      : s.error;
    console.log(`  ${key} ${s.source} (${s.verdict?.confidence ?? '-'}) "${s.subject.slice(0, 60)}" ${why}`);
  }
}

async function main(): Promise<void> {
  if (!existsSync(dataDir)) {
    console.log(
      `eval:mail needs the shared data folder ${dataDir} (mail/sisimai, mail/apache-mbox, rejections); not found, nothing to evaluate.`,
    );
    return;
  }
  const samples: Sample[] = [];
  await sisimai(samples);
  await apache(samples);
  await rejections(samples);
  if (samples.length === 0) return void console.log('no labelled messages found');
  if (args.includes('--json'))
    console.log(
      JSON.stringify(
        samples.map((s) => ({ source: s.source, expected: s.expected, verdict: s.verdict, error: s.error })),
      ),
    );
  else report(samples);
}

await main();
