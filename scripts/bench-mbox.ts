/**
 * Mbox backfill throughput. Builds (once, cached in the temp folder) an mbox of at least 500 MB by
 * concatenating the real messages in ../shared/data/mail (the Apache list archives, and the sisimai .eml
 * files wrapped in From lines), then times in the same run:
 *   ours   - MboxScanner as the backfill runs it: headers first, full parse and classification only for
 *            possible job mail (bounces and auto-replies only when tied to a known thread or address);
 *   ours-all - the same, but parsing every bounce and auto-reply too (informative, not a goal);
 *   naive  - the same mbox splitting, then postal-mime on every message;
 *   python - the stdlib: mailbox.mbox + email, parsing every message and decoding its text parts.
 * Each runs in its own child process; ours reports its peak RSS. Prints MB/s and the ratios.
 *
 * Usage: tsx scripts/bench-mbox.ts [--quick] [--mb N] [--json]
 *   --quick  a ~50 MB file, for development; the goals are only checked on a full run.
 */
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import {
  createWriteStream,
  existsSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(import.meta.url);
const args = process.argv.slice(2);
const dataDir = process.env.HEARBACK_DATA ?? path.resolve(path.dirname(here), '../../shared/data');
const mailDir = path.join(dataDir, 'mail');

const GOALS = { python: 5, naive: 20, rssMb: 150 };

import type { WorkerResult } from './bench-mbox-worker';

/** The seed messages: each Apache archive as it is, each sisimai .eml with a From line in front. */
function seed(): Buffer {
  const parts: Buffer[] = [];
  const apache = path.join(mailDir, 'apache-mbox');
  for (const f of readdirSync(apache)
    .filter((n) => n.endsWith('.mbox'))
    .sort()) {
    const data = readFileSync(path.join(apache, f));
    parts.push(data, data[data.length - 1] === 0x0a ? Buffer.alloc(0) : Buffer.from('\n'));
  }
  const bsd = path.join(mailDir, 'sisimai/maildir/bsd');
  for (const f of readdirSync(bsd)
    .filter((n) => n.endsWith('.eml'))
    .sort()) {
    const eml = readFileSync(path.join(bsd, f))
      .toString('latin1')
      .replace(/^From [^\n]*\n/, '');
    // Written the mboxrd way, so that the file is what a real exporter would produce.
    parts.push(
      Buffer.from(
        `From bench@hearback.invalid Mon Mar  3 10:00:00 2025\n${eml.replace(/^(>*From )/gm, '>$1')}\n`,
        'latin1',
      ),
    );
  }
  return Buffer.concat(parts);
}

async function buildFile(targetMb: number): Promise<string> {
  const file = path.join(tmpdir(), `hearback-bench-${targetMb}mb.mbox`);
  if (existsSync(file) && statSync(file).size >= targetMb * 1e6) return file;
  const chunk = seed();
  const partial = `${file}.partial`;
  const out = createWriteStream(partial);
  let written = 0;
  while (written < targetMb * 1e6) {
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
    written += chunk.length;
  }
  await new Promise<void>((resolve, reject) =>
    out.end((error?: Error | null) => (error ? reject(error) : resolve())),
  );
  renameSync(partial, file);
  return file;
}

const PYTHON = String.raw`
import email, email.header, json, mailbox, resource, sys, time
start = time.perf_counter()
messages = parsed = 0
for msg in mailbox.mbox(sys.argv[1], create=False):
    messages += 1
    subject = str(email.header.make_header(email.header.decode_header(msg.get('subject', '') or '')))
    text = []
    for part in msg.walk():
        if part.get_content_maintype() == 'text':
            payload = part.get_payload(decode=True) or b''
            text.append(payload.decode(part.get_content_charset() or 'utf-8', 'replace'))
    parsed += 1
print(json.dumps({'messages': messages, 'parsed': parsed, 'seconds': time.perf_counter() - start,
                  'maxRssMb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
`;

function child(command: string, commandArgs: string[]): WorkerResult {
  const run = spawnSync(command, commandArgs, { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`${command} ${commandArgs.join(' ')} failed: ${run.stderr}`);
  const line = run.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as WorkerResult;
}

function runPython(file: string): WorkerResult | null {
  const script = path.join(tmpdir(), 'hearback-bench-mbox.py');
  writeFileSync(script, PYTHON);
  const probe = spawnSync('python3', ['--version'], { encoding: 'utf8' });
  if (probe.status !== 0) return null;
  return child('python3', [script, file]);
}

async function main(): Promise<void> {
  if (
    !existsSync(path.join(mailDir, 'apache-mbox')) ||
    !existsSync(path.join(mailDir, 'sisimai/maildir/bsd'))
  ) {
    console.log(
      `bench:mbox needs the shared data folder ${mailDir} (apache-mbox and sisimai/maildir/bsd); not found, skipped.`,
    );
    return;
  }
  const quick = args.includes('--quick');
  const mb = Number(args[args.indexOf('--mb') + 1]) || (quick ? 50 : 500);
  const file = await buildFile(mb);
  const size = statSync(file).size / 1e6;
  console.log(`mbox backfill over ${file} (${size.toFixed(0)} MB)`);
  // The workers run as one bundled file under plain node, as the shipped CLI does: no TypeScript loader in
  // the measured process, whose memory would otherwise count against ours.
  const bundle = path.join(tmpdir(), 'hearback-bench-mbox-worker.mjs');
  await build({
    entryPoints: [path.join(path.dirname(here), 'bench-mbox-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile: bundle,
    logLevel: 'error',
  });
  const ours = child(process.execPath, [bundle, 'ours', file]);
  const naive = child(process.execPath, [bundle, 'naive', file]);
  const oursAll = child(process.execPath, [bundle, 'ours-all', file]);
  const python = runPython(file);
  const rate = (r: WorkerResult): number => size / r.seconds;
  const line = (name: string, r: WorkerResult): string =>
    `  ${name.padEnd(8)} ${rate(r).toFixed(1).padStart(8)} MB/s  ${r.seconds.toFixed(2).padStart(7)} s  ${String(r.messages).padStart(8)} messages  ${String(r.parsed).padStart(8)} parsed  ${r.maxRssMb.toFixed(0).padStart(5)} MB peak RSS`;
  console.log(line('ours', ours));
  console.log(line('ours-all', oursAll));
  console.log(line('naive', naive));
  if (python) console.log(line('python', python));
  else console.log('  python  not available, skipped');
  const vsNaive = rate(ours) / rate(naive);
  const vsPython = python ? rate(ours) / rate(python) : null;
  console.log(
    `  ratios: ours/naive ${vsNaive.toFixed(1)}x (goal >= ${GOALS.naive}x), ours/python ${vsPython?.toFixed(1) ?? '-'}x (goal >= ${GOALS.python}x), peak RSS ${ours.maxRssMb.toFixed(0)} MB (goal <= ${GOALS.rssMb} MB)`,
  );
  if (quick)
    console.log(
      '  (quick run: JIT warm-up weighs more on a small file; the goals apply to the full 500 MB run)',
    );
  if (args.includes('--json'))
    console.log(JSON.stringify({ sizeMb: size, ours, oursAll, naive, python, vsNaive, vsPython }));
}

await main();
