/** One piece of evidence behind a verdict: the rule that fired and what it saw. */
export interface Evidence {
  rule: string;
  detail: string;
}

/**
 * A phrase that points to one kind of message. Patterns run on normalised text (lower case, straight
 * apostrophes, single spaces), so they need no `i` flag and no care for line breaks.
 */
export interface PhraseRule {
  rule: string;
  pattern: RegExp;
  /** How strongly one match supports the kind, 0..1; several matches combine by noisy-or. */
  weight: number;
  /**
   * Discards a match when the sentence around it matches: a negation ("we will not invite you") or a
   * condition ("if you are shortlisted, we will schedule a call") that turns the phrase around.
   */
  guard?: RegExp;
  /**
   * Discards a match when the match or the clause just before it (back to a semicolon, a colon or a
   * "but"/"instead") matches. A negation must govern the phrase to turn it around: "we will not be inviting you" is no
   * invitation, but "we decided not to proceed with the take-home; instead we'd like to invite you" is one.
   */
  negatedBy?: RegExp;
  /**
   * Keeps a match only when the sentence around it matches: "we regret to inform you" is a rejection when
   * the sentence is about the application, not when it announces a rescheduled interview.
   */
  requires?: RegExp;
}

export interface RuleHit extends Evidence {
  weight: number;
}

/** How far around a match the guard looks, bounded by the sentence it sits in. */
const GUARD_WINDOW = 140;

function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - GUARD_WINDOW);
  const to = Math.min(text.length, end + GUARD_WINDOW);
  const before = text.slice(from, start);
  const after = text.slice(end, to);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const cut = after.search(/[.!?](?:\s|$)/);
  return (
    (stop >= 0 ? before.slice(stop + 2) : before) +
    text.slice(start, end) +
    (cut >= 0 ? after.slice(0, cut) : after)
  );
}

/** Words that open a new clause, so a negation before them does not reach the phrase after them. */
const CLAUSE_BREAK = /[;:]|\s[-–—]\s|\b(?:but|instead|however|although|though|whereas)\b/g;

function clauseBefore(text: string, start: number): string {
  const before = text.slice(Math.max(0, start - GUARD_WINDOW), start);
  const stop = Math.max(before.lastIndexOf('. '), before.lastIndexOf('! '), before.lastIndexOf('? '));
  const sentence = stop >= 0 ? before.slice(stop + 2) : before;
  let cut = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return sentence.slice(cut);
}

function kept(rule: PhraseRule, text: string, start: number, end: number): boolean {
  if (rule.negatedBy?.test(clauseBefore(text, start) + text.slice(start, end))) return false;
  if (!rule.guard && !rule.requires) return true;
  const sentence = sentenceAround(text, start, end);
  if (rule.guard?.test(sentence)) return false;
  return !rule.requires || rule.requires.test(sentence);
}

const globalPatterns = new WeakMap<PhraseRule, RegExp>();

/** matchAll needs a global pattern; rule tables are written without the flag and compiled once here. */
function globalPattern(rule: PhraseRule): RegExp {
  let re = globalPatterns.get(rule);
  if (!re) {
    re = new RegExp(
      rule.pattern.source,
      rule.pattern.flags.includes('g') ? rule.pattern.flags : `${rule.pattern.flags}g`,
    );
    globalPatterns.set(rule, re);
  }
  return re;
}

function snippet(text: string): string {
  return text.length > 100 ? `${text.slice(0, 97)}...` : text;
}

/**
 * Runs phrase rules over normalised text and returns one hit per rule that fired, with the matched words as
 * its detail. A rule whose every match is guarded, negated or off topic does not fire.
 *
 * @example
 * findHits("we regret to inform you", [{ rule: 'regret', pattern: /regret to inform/, weight: 0.8 }]);
 * // [{ rule: 'regret', detail: 'regret to inform', weight: 0.8 }]
 */
export function findHits(text: string, rules: readonly PhraseRule[], prefix = ''): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const rule of rules) {
    for (const match of text.matchAll(globalPattern(rule))) {
      const start = match.index;
      const end = start + match[0].length;
      if (!kept(rule, text, start, end)) continue;
      hits.push({ rule: prefix + rule.rule, detail: snippet(match[0].trim()), weight: rule.weight });
      break;
    }
  }
  return hits;
}

/**
 * Combines independent pieces of support: 1 - Π(1 - w). Two 0.5 hints give 0.75, never more than the cap.
 *
 * @example
 * noisyOr([0.5, 0.5]); // 0.75
 */
export function noisyOr(weights: readonly number[], cap = 0.99): number {
  let miss = 1;
  for (const w of weights) miss *= 1 - Math.min(Math.max(w, 0), 1);
  return Math.min(cap, Math.round((1 - miss) * 1000) / 1000);
}

/** The confidence tiers of the issue: high is applied with undo, medium is queued for review, low ignored. */
export type ConfidenceTier = 'high' | 'medium' | 'low';
export const HIGH_CONFIDENCE = 0.85;
export const MEDIUM_CONFIDENCE = 0.6;

/**
 * The tier a confidence falls in.
 *
 * @example
 * tierOf(0.9); // 'high'
 */
export function tierOf(confidence: number): ConfidenceTier {
  if (confidence >= HIGH_CONFIDENCE) return 'high';
  if (confidence >= MEDIUM_CONFIDENCE) return 'medium';
  return 'low';
}
