import { salutationName, type Draft } from '../../core/drafting';
import { lint, type LintContext, type LintFinding } from '../../core/linting';

/** Why a rewrite was not used. Every reason keeps the deterministic draft. */
export type RewriteFallbackReason =
  | 'disabled'
  | 'not_applicable'
  | 'timeout'
  | 'model_error'
  | 'garbage'
  | 'empty'
  | 'too_long'
  | 'lost_contact_name'
  | 'lost_role'
  | 'lost_fact'
  | 'placeholder'
  | 'lint_errors'
  | 'lint_warnings';

/** A rewrite may run somewhat longer than the draft, but not turn a note into a letter. */
const MAX_GROWTH = 1.5;

const DATE =
  /\b\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December)\b/g;
const LINK = /https?:\/\/[^\s)>\]]+[^\s)>\].,;:!?]/g;

const words = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const has = (text: string, fact: string): boolean => text.toLowerCase().includes(fact.toLowerCase());

/** The facts in the original middle that the rewrite must keep: dates, links, the company and each point. */
function factsIn(middle: string, context: LintContext): string[] {
  const points = (context.discussed ?? []).filter((point) => has(middle, point));
  const company = context.company && has(middle, context.company) ? [context.company] : [];
  return [...(middle.match(DATE) ?? []), ...(middle.match(LINK) ?? []), ...company, ...points];
}

/**
 * Checks a rewritten draft against the deterministic one and returns why it cannot be used, or `null` when
 * it can, with its lint findings. The rewrite must keep the contact's name, the role and every fact, add no
 * placeholder, no lint error, and no warning the deterministic draft did not have.
 *
 * @example
 * checkRewrite({ original, originalMiddle, rewritten, rewrittenMiddle, context }).reason; // null or 'lost_role'
 */
export function checkRewrite(args: {
  original: Pick<Draft, 'subject' | 'body' | 'to'>;
  originalMiddle: string;
  rewritten: Pick<Draft, 'subject' | 'body'>;
  rewrittenMiddle: string;
  context: LintContext;
}): { reason: RewriteFallbackReason | null; findings: LintFinding[] } {
  const { original, originalMiddle, rewritten, rewrittenMiddle, context } = args;
  const findings = lint(rewritten, context);
  const fail = (reason: RewriteFallbackReason) => ({ reason, findings });
  const newText = `${rewritten.subject ?? ''}\n${rewritten.body}`;
  const oldText = `${original.subject ?? ''}\n${original.body}`;
  if (rewrittenMiddle.trim() === '') return fail('empty');
  if (words(rewrittenMiddle) > Math.max(words(originalMiddle) * MAX_GROWTH, 20)) return fail('too_long');
  if (findings.some((finding) => finding.rule === 'placeholder')) return fail('placeholder');
  const name = salutationName(original.to?.name);
  if (name !== null && has(oldText, name) && !has(newText, name)) return fail('lost_contact_name');
  if (context.role && has(oldText, context.role) && !has(newText, context.role)) return fail('lost_role');
  if (factsIn(originalMiddle, context).some((fact) => !has(rewrittenMiddle, fact))) return fail('lost_fact');
  if (findings.some((finding) => finding.severity === 'error')) return fail('lint_errors');
  const warnings = (list: LintFinding[]) => list.filter((finding) => finding.severity === 'warning').length;
  if (warnings(findings) > warnings(lint(original, context))) return fail('lint_warnings');
  return { reason: null, findings };
}
