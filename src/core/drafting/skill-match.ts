import { emphasisAt, type Emphasis } from './posting-emphasis';

/**
 * Matches the user's strengths against a posting, so a follow-up can highlight the one strength the
 * employer asked for (000: "highlight a relevant skill or experience").
 */

interface Token {
  norm: string;
  start: number;
  end: number;
}

/** One strength with the posting text that shows the employer wants it. */
export interface StrengthMatch {
  strength: string;
  /** The words of the posting that matched, as the posting writes them: "Postgres", "event-driven systems". */
  evidence: string;
  /** Whether the posting says the strength itself, so the sentence need not name both. */
  verbatim: boolean;
  score: number;
}

/** Spellings of one technology that should count as the same word. */
const ALIASES: Record<string, string> = {
  postgres: 'postgresql',
  psql: 'postgresql',
  js: 'javascript',
  ecmascript: 'javascript',
  ts: 'typescript',
  k8s: 'kubernetes',
  golang: 'go',
  node: 'nodejs',
  'node.js': 'nodejs',
  'react.js': 'react',
  reactjs: 'react',
  'vue.js': 'vue',
  vuejs: 'vue',
  'c#.net': 'c#',
  csharp: 'c#',
  py: 'python',
  mssql: 'sql server',
};

/** Multi-word names folded into one token, so "machine learning" matches "ML". */
const PHRASES: [string[], string][] = [
  [['machine', 'learning'], 'ml'],
  [['amazon', 'web', 'services'], 'aws'],
  [['google', 'cloud'], 'gcp'],
  [['continuous', 'integration'], 'ci'],
  [['user', 'experience'], 'ux'],
];

const STOP = new Set(
  'a an and or the of in on for with to at by from as is are be our we you your will can into per via using use plus etc e.g i.e their they this that who what'.split(
    ' ',
  ),
);

/** Words every posting uses: they count a little, but never alone as evidence. */
const GENERIC = new Set(
  'experience skill work team strong ability knowledge year development develop build system good excellent great deep solid hands-on proven background understand understanding familiar familiarity communication'.split(
    ' ',
  ),
);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 5 && word.endsWith('ing')) return word.slice(0, -3);
  if (word.length > 4 && word.endsWith('ed')) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !/(?:ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

function normalise(raw: string): string {
  const lower = raw.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
  const aliased = ALIASES[lower] ?? lower;
  return /[.+#]/.test(aliased) ? aliased : stem(aliased);
}

/** Tokens with their place in the original text, after aliases and phrase folding. */
function tokenize(text: string): Token[] {
  const raw: Token[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}+#.]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu)) {
    const start = m.index ?? 0;
    raw.push({ norm: normalise(m[0]), start, end: start + m[0].length });
  }
  const folded: Token[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const phrase = PHRASES.find(([words]) => words.every((word, k) => raw[i + k]?.norm === stem(word)));
    const first = raw[i];
    if (first === undefined) continue;
    if (phrase === undefined) {
      folded.push(first);
      continue;
    }
    const last = raw[i + phrase[0].length - 1] ?? first;
    folded.push({ norm: phrase[1], start: first.start, end: last.end });
    i += phrase[0].length - 1;
  }
  return folded;
}

/** The strength's words within this many extra posting words of each other still read as one phrase. */
const WINDOW_SLACK = 3;

/**
 * A word that names something specific on its own: "PostgreSQL", "C#", "B2B", or a capitalised word inside
 * a phrase ("Microsoft Excel"). A plain word such as "account" or "customer" only counts as part of a phrase.
 */
function isDistinctive(raw: string, index: number, norm: string): boolean {
  if (/[\d+#.]/.test(raw) || /\p{Lu}/u.test(raw.slice(1))) return true;
  if (index > 0 && /^\p{Lu}/u.test(raw)) return true;
  return raw.toLowerCase() in ALIASES || Object.values(ALIASES).includes(norm);
}

/** Where the strength's words occur in the posting as one run, longest run first, at least `min` words long. */
function findRun(norms: string[], posting: Token[], min: number): { from: number; length: number } | null {
  for (let length = norms.length; length >= min; length -= 1) {
    for (let offset = 0; offset + length <= norms.length; offset += 1) {
      const run = norms.slice(offset, offset + length);
      const from = posting.findIndex((_, i) => run.every((norm, k) => posting[i + k]?.norm === norm));
      if (from >= 0) return { from, length };
    }
  }
  return null;
}

/** The shortest stretch of the posting holding every one of the strength's words, if it is short enough. */
function findWindow(norms: string[], posting: Token[]): { from: number; to: number } | null {
  const wanted = new Set(norms);
  let best: { from: number; to: number } | null = null;
  for (let from = 0; from < posting.length; from += 1) {
    if (!wanted.has(posting[from]?.norm ?? '')) continue;
    const seen = new Set<string>();
    for (let to = from; to < posting.length && to - from < norms.length + WINDOW_SLACK; to += 1) {
      const norm = posting[to]?.norm ?? '';
      if (wanted.has(norm)) seen.add(norm);
      if (seen.size === wanted.size) {
        if (best === null || to - from < best.to - best.from) best = { from, to };
        break;
      }
    }
  }
  return best;
}

function slice(posting: string, tokens: Token[], from: number, to: number): string {
  return posting.slice(tokens[from]?.start ?? 0, tokens[to]?.end ?? 0);
}

/**
 * How far a skill the posting requires outranks one it calls "a plus": enough to put a required skill met
 * only by a related word above an optional one the posting names outright.
 */
const EMPHASIS_WEIGHT = 1;

function matchOne(
  strength: string,
  posting: string,
  postingTokens: Token[],
  emphasis: (offset: number) => Emphasis,
): StrengthMatch | null {
  const match = matchWords(strength, posting, postingTokens);
  if (match === null) return null;
  const norms = tokenize(strength).map((token) => token.norm);
  // A skill counts as required if any of its mentions is, so a posting that repeats it under "nice to
  // have" does not demote it.
  const mentions = postingTokens.filter((token) => norms.includes(token.norm)).map((token) => emphasis(token.start));
  const strongest = mentions.length === 0 ? 0 : Math.max(...mentions);
  return { ...match, score: match.score + EMPHASIS_WEIGHT * strongest };
}

function matchWords(strength: string, posting: string, postingTokens: Token[]): StrengthMatch | null {
  const tokens = tokenize(strength).filter((token) => !STOP.has(token.norm));
  if (tokens.every((token) => GENERIC.has(token.norm))) return null;
  const norms = tokens.map((token) => token.norm);
  const mentions = postingTokens.filter((token) => norms.includes(token.norm)).length;
  const bonus = Math.min(mentions, 5) / 50;
  const run = findRun(norms, postingTokens, Math.min(2, norms.length));
  if (run !== null && run.length === norms.length) {
    const evidence = slice(posting, postingTokens, run.from, run.from + run.length - 1);
    return { strength, evidence, verbatim: true, score: 2 + bonus };
  }
  const window = findWindow(norms, postingTokens);
  const windowText = window === null ? null : slice(posting, postingTokens, window.from, window.to);
  // Words split by a comma or a full stop belong to a list or to two sentences, not to one phrase.
  if (windowText !== null && !/[,;:.()/\n]/.test(windowText)) {
    return { strength, evidence: windowText, verbatim: false, score: 1.5 + bonus };
  }
  if (run !== null) {
    const evidence = slice(posting, postingTokens, run.from, run.from + run.length - 1);
    return { strength, evidence, verbatim: false, score: 1 + run.length / norms.length / 2 + bonus };
  }
  const distinctive = tokens.find(
    (token, index) =>
      !GENERIC.has(token.norm) &&
      postingTokens.some((candidate) => candidate.norm === token.norm) &&
      isDistinctive(strength.slice(token.start, token.end), index, token.norm),
  );
  const found = postingTokens.find((candidate) => candidate.norm === distinctive?.norm);
  if (distinctive === undefined || found === undefined) return null;
  return { strength, evidence: posting.slice(found.start, found.end), verbatim: false, score: 0.5 + bonus };
}

/**
 * The strengths the posting shows evidence for, best first; strengths with no evidence are left out.
 * Case, plurals, punctuation and common aliases ("Postgres" for "PostgreSQL") do not stop a match. A skill
 * the posting requires ranks above one it calls "a plus" or "nice to have".
 *
 * @example
 * rankStrengths(['PostgreSQL tuning', 'team leadership'], 'You know Postgres well.')[0]?.evidence; // 'Postgres'
 */
export function rankStrengths(strengths: readonly string[], posting: string | null): StrengthMatch[] {
  if (!posting) return [];
  const postingTokens = tokenize(posting).filter((token) => !STOP.has(token.norm));
  const emphasis = emphasisAt(posting);
  return strengths
    .map((strength, index) => ({ match: matchOne(strength, posting, postingTokens, emphasis), index }))
    .filter((entry): entry is { match: StrengthMatch; index: number } => entry.match !== null)
    .sort((a, b) => b.match.score - a.match.score || a.index - b.index)
    .map((entry) => entry.match);
}
