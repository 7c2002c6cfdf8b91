import { lint, type LintContext, type LintFinding } from '../linting';
import { findInterview, gatherFacts } from './facts';
import type { Draft, DraftInput } from './types';

/**
 * The lint context for an action's message, built from the same facts the draft used, so the CLI, the
 * rewrite step and the tests judge a draft (or the user's edit of it) by the same standard.
 *
 * @example
 * lintContextFor(input, '2025-03-10T13:00:00Z').kind; // 'thank_you'
 */
export function lintContextFor(input: DraftInput, now?: string): LintContext {
  const facts = gatherFacts(input);
  const kind =
    input.action.kind === 'follow_up' && input.action.channel === 'phone' ? 'call' : input.action.kind;
  return {
    kind,
    step: input.action.step,
    contactName: facts.recipient?.name ?? null,
    company: facts.company,
    role: facts.role,
    discussed: facts.interview?.discussed ?? [],
    // A thank-you's lateness runs from the interview itself (004), not from the planner's window.
    interviewAt: findInterview(input)?.at ?? null,
    window: input.action.due,
    ...(now === undefined ? {} : { now }),
  };
}

/**
 * Lints a draft, or the user's edited version of it, against its action. `mark_ghosted` sends nothing, so
 * there is nothing to lint.
 *
 * @example
 * lintDraft(input, composeDraft(input)); // []
 */
export function lintDraft(
  input: DraftInput,
  draft: Pick<Draft, 'subject' | 'body'>,
  now?: string,
): LintFinding[] {
  if (input.action.kind === 'mark_ghosted') return [];
  return lint({ subject: draft.subject, body: draft.body }, lintContextFor(input, now));
}
