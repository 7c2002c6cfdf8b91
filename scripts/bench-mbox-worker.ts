/**
 * One timed run of the mbox benchmark (see bench-mbox.ts), bundled and started in its own process:
 *   node worker.mjs ours|ours-all|naive FILE
 * `ours-all` also parses every bounce and auto-reply, as the live inbox would, to show what that costs.
 * Prints one JSON line: messages read, messages fully parsed, seconds, and the process's peak RSS.
 */
import { createReadStream } from 'node:fs';
import PostalMime from 'postal-mime';
import { scanMboxFile } from '../src/mail/mbox/mbox-file';
import { readMbox } from '../src/mail/mbox/mbox-reader';

export interface WorkerResult {
  messages: number;
  parsed: number;
  seconds: number;
  maxRssMb: number;
}

async function runOurs(file: string, unlinkedAutomated: boolean): Promise<WorkerResult> {
  const start = process.hrtime.bigint();
  const { items } = await scanMboxFile(file, { hints: { unlinkedAutomated } });
  let messages = 0;
  let parsed = 0;
  for await (const item of items) {
    messages += 1;
    if (item.kind === 'classified') parsed += 1;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { messages, parsed, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function runNaive(file: string): Promise<WorkerResult> {
  const start = process.hrtime.bigint();
  let messages = 0;
  let parsed = 0;
  for await (const item of readMbox(createReadStream(file, { highWaterMark: 1024 * 1024 }))) {
    messages += 1;
    if (!item.ok) continue;
    try {
      const email = await PostalMime.parse(item.bytes);
      if (email.subject !== undefined || email.text !== undefined) parsed += 1;
    } catch {
      // A message postal-mime refuses counts as read, as it would in a naive import.
    }
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { messages, parsed, seconds, maxRssMb: process.resourceUsage().maxRSS / 1024 };
}

async function main(): Promise<void> {
  const [mode, file] = process.argv.slice(2);
  if (!file || (mode !== 'ours' && mode !== 'ours-all' && mode !== 'naive'))
    throw new Error('usage: worker ours|ours-all|naive FILE');
  const result = mode === 'naive' ? await runNaive(file) : await runOurs(file, mode === 'ours-all');
  console.log(JSON.stringify(result));
}

await main();
