import { seedFiles } from '../../model';
import { containsPhrase, findInBody } from '../text-search';
import type { LintContext, LintDocument, LintFinding, LintRule } from '../types';

const SOURCES = seedFiles('004');

/** Salutations for when the writer does not know who will read the message. */
const BLIND_SALUTATION =
  /\b(?:to\s+whom\s+it\s+may\s+concern|dear\s+sir\s*(?:\/|or)\s*madam|dear\s+madam\s*(?:\/|or)\s*sir|dear\s+sirs?\b|dear\s+madam)/gi;
/** Polite but anonymous salutations: fine without a name, a missed chance with one. */
const ROLE_SALUTATION =
  /\bdear\s+(?:hiring\s+(?:manager|team)|recruit(?:er|ing\s+team)|team|candidate\s+team)\b/gi;
/**
 * Filler that says nothing: "just checking in" (004: more than a casual check-in), "touch base", and the
 * stock opener "I hope this email finds you well". The "just ..." form comes first so a "just touching base"
 * is one finding, not two.
 */
const FILLER =
  /\bjust\s+(?:checking\s+in|touching\s+base|following\s+up|wanted\s+to\s+check\s+in|circling\s+back|bumping\s+this)\b|\btouch(?:ing|ed)?\s+base\b|\bI\s+hope\s+(?:this|my|the)\s+(?:e-?mail|message|note|letter)\s+finds\s+you\s+(?:well|in\s+good\s+health)\b/gi;

/** Words too common in job mail to show that a message is about this role. */
const COMMON = new Set([
  'senior',
  'junior',
  'lead',
  'staff',
  'principal',
  'the',
  'and',
  'for',
  'with',
  'role',
  'position',
  'job',
  'team',
  'manager',
  'engineer',
  'developer',
  'specialist',
  'associate',
  'assistant',
  'head',
]);

function significantWords(text: string): string[] {
  return (text.toLowerCase().match(/[\p{L}\p{N}+#]+/gu) ?? []).filter(
    (word) => word.length >= 3 && !COMMON.has(word),
  );
}

/** Whether the message names the company, the role, or something discussed at the interview. */
function isSpecific(text: string, context: LintContext): boolean {
  if (context.company && containsPhrase(text, context.company)) return true;
  if (context.role && containsPhrase(text, context.role)) return true;
  const words = new Set(significantWords(text));
  const roleWords = significantWords(context.role ?? '');
  if (roleWords.length > 0 && roleWords.every((word) => words.has(word))) return true;
  return (context.discussed ?? []).some((point) => {
    const pointWords = significantWords(point).filter((word) => word.length >= 5);
    return pointWords.length > 0 && pointWords.some((word) => words.has(word));
  });
}

function salutationFindings(doc: LintDocument, context: LintContext): LintFinding[] {
  const named = (context.contactName ?? '').trim().length > 0;
  const blind = findInBody(BLIND_SALUTATION, doc).map((match): LintFinding => ({
    rule: 'generic',
    severity: named ? 'error' : 'warning',
    start: match.start,
    end: match.end,
    message: named
      ? `"${match.text}" when you know their name: address ${context.contactName ?? ''} directly.`
      : `"${match.text}" reads as a form letter; use a name, or "Hello" if you have none.`,
    sources: SOURCES,
  }));
  // With a name on file, "Dear Hiring Manager" is as much a form letter as "To whom it may concern".
  const anonymous = named
    ? findInBody(ROLE_SALUTATION, doc).map((match): LintFinding => ({
        rule: 'generic',
        severity: 'error',
        start: match.start,
        end: match.end,
        message: `"${match.text}" when you know their name: address ${context.contactName ?? ''} directly.`,
        sources: SOURCES,
      }))
    : [];
  return [...blind, ...anonymous];
}

export const genericRule: LintRule = {
  id: 'generic',
  severities: ['error', 'warning'],
  catches:
    '"To whom it may concern" or "Dear Hiring Manager" with a known contact, "just checking in", "touch base", nothing specific.',
  sources: SOURCES,
  check(doc, context) {
    const findings = salutationFindings(doc, context);
    for (const match of findInBody(FILLER, doc)) {
      findings.push({
        rule: 'generic',
        severity: 'warning',
        start: match.start,
        end: match.end,
        message: `"${match.text}" says nothing; say what you are asking and why you are a fit.`,
        sources: SOURCES,
      });
    }
    const knowsFacts = Boolean(context.company || context.role || (context.discussed ?? []).length > 0);
    if (context.kind !== 'mark_ghosted' && knowsFacts && !isSpecific(doc.text, context)) {
      findings.push({
        rule: 'generic',
        severity: 'warning',
        start: doc.bodyStart,
        end: doc.text.length,
        message: 'Nothing here names the company, the role or what you discussed: make it about this job.',
        sources: SOURCES,
      });
    }
    return findings;
  },
};
