import { makeDocument } from './lint-document';
import { LINT_RULES } from './rules';
import type { LintContext, LintFinding, LintMessage, LintSeverity } from './types';

const SEVERITY_ORDER: Record<LintSeverity, number> = { error: 0, warning: 1, info: 2 };

/**
 * Checks a message against every rule and returns what it found, ordered by position, then by severity.
 * Offsets are into `lintText(message)`: the subject, a blank line, then the body.
 *
 * @example
 * lint(
 *   { subject: null, body: 'Dear Sir/Madam,\nI need an answer.' },
 *   { kind: 'follow_up', contactName: 'Dana Smith' },
 * ).map((finding) => finding.rule); // ['generic', 'pushy', ...]
 */
export function lint(message: LintMessage, context: LintContext): LintFinding[] {
  const doc = makeDocument(message);
  return LINT_RULES.flatMap((rule) => rule.check(doc, context)).sort(
    (a, b) =>
      a.start - b.start ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      a.rule.localeCompare(b.rule),
  );
}

/**
 * Whether any finding is an error: `hearback lint` exits non-zero and a send is held back.
 *
 * @example
 * hasErrors([{ rule: 'tone', severity: 'warning', start: 0, end: 1, message: '', sources: [] }]); // false
 */
export function hasErrors(findings: readonly LintFinding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
