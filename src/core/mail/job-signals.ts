import { ACK_RULES, ACK_SUBJECT_RULES } from './ack-rules';
import { INTERVIEW_RULES, INTERVIEW_SUBJECT_RULES } from './interview-rules';
import { findHits, noisyOr, type Evidence, type RuleHit } from './phrase-rules';
import { REJECTION_RULES, REJECTION_SUBJECT_RULES } from './rejection-rules';
import { JOB_VOCABULARY } from './sender-signals';

export type JobKind = 'rejection' | 'interview_invite' | 'ack';

export interface JobVerdict {
  kind: JobKind;
  confidence: number;
  evidence: Evidence[];
}

/** Below this, the best job reading is too weak to name. */
const FLOOR = 0.35;
/**
 * A reading needs at least one phrase this strong. Weak phrases ("unfortunately", "best of luck") add up
 * with a real one but never make a verdict on their own.
 */
const ANCHOR = 0.5;
/** Without any job word in sight, the same phrases may be about a sales deal or a grant, so they count less. */
const NO_JOB_CONTEXT = 0.75;
/** A competing reading that is itself fairly strong lowers the confidence of the winner. */
const CONTESTED = 0.8;

interface Reading {
  kind: JobKind;
  score: number;
  hits: RuleHit[];
}

function read(kind: JobKind, subject: string, body: string): Reading {
  const [bodyRules, subjectRules, prefix] =
    kind === 'rejection'
      ? [REJECTION_RULES, REJECTION_SUBJECT_RULES, 'rejection.']
      : kind === 'interview_invite'
        ? [INTERVIEW_RULES, INTERVIEW_SUBJECT_RULES, 'interview.']
        : [ACK_RULES, ACK_SUBJECT_RULES, 'ack.'];
  const hits = [
    ...findHits(subject, subjectRules, `subject.${prefix}`),
    ...findHits(body, bodyRules, prefix),
  ];
  const anchored = hits.some((h) => h.weight >= ANCHOR);
  return { kind, score: anchored ? noisyOr(hits.map((h) => h.weight)) : 0, hits };
}

function verdict(reading: Reading, factor: number): JobVerdict {
  return {
    kind: reading.kind,
    confidence: Math.round(reading.score * factor * 1000) / 1000,
    evidence: reading.hits.map(({ rule, detail }) => ({ rule, detail })),
  };
}

/**
 * Reads a subject and body (both normalised) as job mail. A rejection wins over an acknowledgement, since
 * most rejections open by thanking the candidate for applying; an invitation wins over an acknowledgement
 * unless the invitation was guarded as conditional. Returns null when nothing job-like is said.
 *
 * @example
 * readJobSignals('', 'we regret to inform you that we will not be moving forward with your application')?.kind;
 * // 'rejection'
 */
export function readJobSignals(subject: string, body: string): JobVerdict | null {
  const rejection = read('rejection', subject, body);
  const interview = read('interview_invite', subject, body);
  const ack = read('ack', subject, body);
  const context = JOB_VOCABULARY.test(subject) || JOB_VOCABULARY.test(body) ? 1 : NO_JOB_CONTEXT;
  if (rejection.score >= 0.6 && rejection.score >= interview.score) {
    return verdict(rejection, context * (interview.score >= 0.6 ? CONTESTED : 1));
  }
  if (interview.score >= 0.6) return verdict(interview, context * (rejection.score >= 0.45 ? CONTESTED : 1));
  if (ack.score >= 0.5) return verdict(ack, context * (rejection.score >= 0.45 ? CONTESTED : 1));
  const best = [rejection, interview, ack].reduce((a, b) => (b.score > a.score ? b : a));
  return best.score * context >= FLOOR ? verdict(best, context) : null;
}
