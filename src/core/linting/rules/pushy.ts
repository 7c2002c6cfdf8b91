import { seedFiles } from '../../model';
import { findAll, findInBody, isInside, protectedSpans } from '../text-search';
import type { LintFinding, LintRule, LintSeverity } from '../types';

interface PushyPattern {
  pattern: RegExp;
  severity: LintSeverity;
  why: string;
}

/** Demands and guilt are errors; a mention of not having heard back is only a nudge towards a kinder line. */
const PATTERNS: PushyPattern[] = [
  {
    pattern: /\bI\s+(?:really\s+)?need\s+(?:an?\s+)?(?:answer|response|reply|decision|update)\b/gi,
    severity: 'error',
    why: 'reads as a demand',
  },
  {
    pattern:
      /\bwhy\s+(?:haven['’]t|have\s+not|hasn['’]t|has\s+not|didn['’]t|did\s+not)\s+(?:you|anyone|anybody|I)\b/gi,
    severity: 'error',
    why: 'puts them on the spot',
  },
  {
    // "As soon as possible" sets them a deadline only when it asks them to act; "I can start as soon as
    // possible" is the writer's own availability, and "I will send it asap" is a promise.
    pattern:
      /(?<=\b(?:please|you|your|reply|respond|answer|get\s+back|let\s+me\s+know|hear|contact|call|write|confirm|decide|update|tell|send)\b[^.?!\n]{0,60})(?<!\b(?:start|begin|join|relocate|available|availability|move|onboard|commence)\b[^.?!\n]{0,20})(?<!\bI(?:['’]ll|['’]d|\s+(?:will|can|could|would|shall|am\s+able\s+to))\s+(?:[\w'’]+\s+){0,4})\b(?:as\s+soon\s+as\s+possible|asap)\b/gi,
    severity: 'error',
    why: 'sets them a deadline',
  },
  {
    pattern:
      /\bI\s+(?:must|have\s+to|need\s+to)\s+(?:know|hear|have\s+(?:an?\s+)?(?:answer|response|reply|decision|update))\b(?:\s+(?:today|tomorrow|tonight|now|this\s+week|by\s+\w+))?/gi,
    severity: 'error',
    why: 'reads as a demand',
  },
  {
    pattern: /\bI(?:['’]m|\s+am)\s+sure\s+you(?:['’]re|\s+are)\s+(?:very\s+|really\s+)?busy\b/gi,
    severity: 'error',
    why: 'is a guilt trip dressed as politeness',
  },
  {
    pattern: /\bI\s+know\s+you(?:['’]re|\s+are)\s+(?:very\s+|really\s+)?busy,?\s+but\b/gi,
    severity: 'error',
    why: 'is a guilt trip dressed as politeness',
  },
  {
    // "When might I expect to hear" is a question about the timeline, not a demand.
    pattern:
      /(?<!\b(?:might|can|could|should|shall|will|would|do|when)\s+)\bI\s+expect\s+(?:an?\s+|to\s+hear)|\bI\s+demand\b|\bI\s+insist\b|\byou\s+must\s+(?:reply|respond|let|tell|get)\b/gi,
    severity: 'error',
    why: 'reads as a demand',
  },
  {
    pattern:
      /\b(?:reply|respond|answer|get\s+back\s+to\s+me|let\s+me\s+know|hear\s+back)\s+(?:immediately|right\s+away|without\s+delay|by\s+(?:today|tomorrow|tonight))\b/gi,
    severity: 'error',
    why: 'pressures them to hurry',
  },
  { pattern: /\burgent(?:ly)?\b/gi, severity: 'warning', why: 'pressures them to hurry' },
  {
    pattern:
      /\b(?:you\s+(?:never|didn['’]t|did\s+not|haven['’]t|have\s+not)\s+(?:replied|responded|answered|got\s+back|gotten\s+back|reply|respond|answer|get\s+back)|still\s+waiting|I['’]ve\s+been\s+waiting|I\s+have\s+been\s+waiting|this\s+is\s+my\s+(?:second|third|fourth|last|final)\s+(?:email|message|attempt|try))\b/gi,
    severity: 'error',
    why: 'makes them feel guilty',
  },
  {
    pattern:
      /\b(?:I\s+(?:still\s+)?haven['’]t\s+heard|I\s+have\s+(?:still\s+)?not\s+heard|(?:I\s+|I['’]ve\s+)?(?:have\s+)?(?:still\s+)?heard\s+nothing|no\s+one\s+has\s+(?:replied|responded))\b/gi,
    severity: 'warning',
    why: 'can read as a reproach; ask about the status instead',
  },
];

/** More questions than this reads as a list of demands. A call script's branches are alternatives, not asks. */
const MAX_QUESTIONS = 2;

export const pushyRule: LintRule = {
  id: 'pushy',
  severities: ['error', 'warning'],
  catches: 'Demands, guilt and repeated asks: "I need an answer", "why haven\'t you", "as soon as possible".',
  sources: seedFiles('000', '004'),
  check(doc, context) {
    const names = protectedSpans(doc, context);
    const findings: LintFinding[] = PATTERNS.flatMap(({ pattern, severity, why }) =>
      findAll(pattern, doc.text)
        .filter((match) => !isInside(match, names))
        .map((match) => ({
          rule: 'pushy',
          severity,
          start: match.start,
          end: match.end,
          message: `"${match.text}" ${why}; give them room to answer.`,
          sources: seedFiles('000', '004'),
        })),
    );
    if (context.kind !== 'call') {
      const questions = findInBody(/\?/g, doc);
      const extra = questions[MAX_QUESTIONS];
      if (extra !== undefined) {
        findings.push({
          rule: 'pushy',
          severity: 'warning',
          start: extra.start,
          end: extra.end,
          message: `${questions.length} questions: ask one thing, maybe two, so the message does not read as a list of demands.`,
          sources: seedFiles('000', '004'),
        });
      }
    }
    return findings;
  },
};
