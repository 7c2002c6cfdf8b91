/**
 * Runs the posting analyzer over the real EMSCAD job ads in ../shared and prints, for each finding kind,
 * how often it fired and a few samples with surrounding context, so a person can judge precision. The
 * location is also checked against the dataset's own location column.
 *
 *   npm run eval:postings [-- --samples 10] [-- --kind deadline]
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';
import {
  analyzePosting,
  POSTING_FINDING_KINDS,
  type PostingFindingKind,
  type PostingLocation,
} from '../src/core/posting/index';

const here = dirname(fileURLToPath(import.meta.url));
const folder = resolve(here, '../../shared/data/postings');
const file = resolve(folder, 'emscad-3083.csv');
const CONTEXT = 50;

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

if (!existsSync(file)) {
  console.log(`eval-postings needs ${folder} with emscad-3083.csv (see ../shared/data/README.md); skipping.`);
  process.exit(0);
}

const samplesPerKind = Number(option('samples', '5'));
const onlyKind = option('kind', '');
const rows = parse(readFileSync(file), {
  columns: true,
  skip_empty_lines: true,
  relax_quotes: true,
}) as Record<string, string | undefined>[];

const counts = new Map<PostingFindingKind, number>(POSTING_FINDING_KINDS.map((kind) => [kind, 0]));
const postingsWith = new Map<PostingFindingKind, number>(POSTING_FINDING_KINDS.map((kind) => [kind, 0]));
const samples = new Map<PostingFindingKind, string[]>(POSTING_FINDING_KINDS.map((kind) => [kind, []]));
const seenTexts = new Set<string>();
const locationChecks = { same: 0, other: 0, unlabelled: 0, sameRegion: 0, otherRegion: 0 };
const mismatches: string[] = [];
let characters = 0;
let slowest = 0;
const started = performance.now();

for (const row of rows) {
  const text = [row.description, row.requirements, row.benefits].filter((part) => part).join('\n\n');
  const country = (row.location ?? '').split(',')[0]?.trim() || null;
  characters += text.length;
  const t0 = performance.now();
  const analysis = analyzePosting(text, { referenceDate: '2014-01-01', country });
  slowest = Math.max(slowest, performance.now() - t0);
  const kindsHere = new Set<PostingFindingKind>();
  for (const finding of analysis.findings) {
    counts.set(finding.kind, (counts.get(finding.kind) ?? 0) + 1);
    kindsHere.add(finding.kind);
    const list = samples.get(finding.kind) ?? [];
    const key = `${finding.kind}:${finding.text}`;
    if (list.length >= samplesPerKind || seenTexts.has(key)) continue;
    seenTexts.add(key);
    const before = text.slice(Math.max(0, finding.start - CONTEXT), finding.start).replace(/\s+/g, ' ');
    const after = text.slice(finding.end, finding.end + CONTEXT).replace(/\s+/g, ' ');
    const value = finding.value !== undefined && finding.value !== finding.text ? `  → ${finding.value}` : '';
    list.push(`#${row.job_id ?? '?'} …${before}[[${finding.text.replace(/\s+/g, ' ')}]]${after}…${value}`);
  }
  for (const kind of kindsHere) postingsWith.set(kind, (postingsWith.get(kind) ?? 0) + 1);
  checkLocation(row, analysis.location);
}

/*
 * The dataset's own location column ("US, NY, New York") is a check on the location read from the text: a
 * different country is a likely mistake, though a posting can name an office elsewhere, so the mismatches
 * are printed for a person to judge.
 */
function checkLocation(row: Record<string, string | undefined>, found: PostingLocation | null): void {
  if (found === null) return;
  const [country = '', region = ''] = (row.location ?? '').split(',').map((part) => part.trim());
  const verdict = country === '' ? 'unlabelled' : country === found.country ? 'same' : 'other';
  locationChecks[verdict] += 1;
  if (found.region !== null && region !== '' && country === found.country)
    locationChecks[found.region === region ? 'sameRegion' : 'otherRegion'] += 1;
  if (verdict === 'other' && mismatches.length < samplesPerKind)
    mismatches.push(
      `#${row.job_id ?? '?'} read "${found.text}" → ${found.country}, labelled "${row.location ?? ''}"`,
    );
}

const elapsed = performance.now() - started;
console.log(`${rows.length} postings, ${(characters / 1024).toFixed(0)} KB, reference date 2014-01-01`);
console.log(
  `analysis: ${elapsed.toFixed(0)} ms total, ${(elapsed / rows.length).toFixed(2)} ms per posting, slowest ${slowest.toFixed(1)} ms\n`,
);
for (const kind of POSTING_FINDING_KINDS) {
  if (onlyKind !== '' && kind !== onlyKind) continue;
  console.log(`${kind}: ${counts.get(kind) ?? 0} findings in ${postingsWith.get(kind) ?? 0} postings`);
  for (const sample of samples.get(kind) ?? []) console.log(`    ${sample}`);
}
if (onlyKind === '' || onlyKind === 'location') {
  const { same, other, unlabelled, sameRegion, otherRegion } = locationChecks;
  console.log(
    `location against the dataset's location column: ${same} same country, ${other} other, ${unlabelled} unlabelled; ` +
      `region ${sameRegion} same, ${otherRegion} other`,
  );
  for (const mismatch of mismatches) console.log(`    ${mismatch}`);
}
