import { composeDraft, lintContextFor, type Draft, type DraftInput } from '../../core/drafting';
import { lint, type LintFinding } from '../../core/linting';
import { isAppError } from '../../core/app-error';
import type { ChatModel } from '../../ports/chat-model';
import { checkRewrite, type RewriteFallbackReason } from './check-rewrite';
import { cleanMiddle, joinDraft, splitDraft } from './draft-parts';
import { parseRewrite } from './parse-rewrite';
import { rewriteMessages } from './rewrite-prompt';

export const DEFAULT_REWRITE_TIMEOUT_MS = 15_000;
/** A subject longer than this, or on several lines, is not a subject; the draft's own is kept. */
const MAX_SUBJECT_CHARS = 120;

export interface RewriteResult {
  draft: Draft;
  source: 'ai' | 'deterministic';
  fallbackReason?: RewriteFallbackReason;
  /** Lint findings for the draft returned. */
  findings: LintFinding[];
}

export interface RewriteOptions {
  /** The deterministic draft, when the caller already has it. */
  draft?: Draft;
  /** `null` when the rewrite is off, which is the default. */
  model: ChatModel | null;
  timeoutMs?: number;
  /** The send time, for the timing rule. */
  now?: string;
  signal?: AbortSignal;
}

function pickSubject(proposed: string | null, fallback: string | null): string | null {
  const subject = proposed?.trim() ?? '';
  return subject === '' || subject.includes('\n') || subject.length > MAX_SUBJECT_CHARS ? fallback : subject;
}

/**
 * Asks a chat model to rewrite a draft in the user's voice, keeping every fact. Whatever the model answers
 * goes back through the linter and the fact checks; the deterministic draft is kept, with the reason, when
 * the rewrite is off, times out, fails, answers garbage, or loses or breaks anything. Never throws for a
 * model failure: the user always gets a draft. Invalid rewrite settings do throw their validation error.
 *
 * @example
 * const result = await rewriteDraft(input, { model: null });
 * result.source; // 'deterministic'
 * result.fallbackReason; // 'disabled'
 */
export async function rewriteDraft(input: DraftInput, options: RewriteOptions): Promise<RewriteResult> {
  const draft = options.draft ?? composeDraft(input);
  const context = lintContextFor(input, options.now);
  const keep = (fallbackReason: RewriteFallbackReason): RewriteResult => ({
    draft,
    source: 'deterministic',
    fallbackReason,
    findings: draft.kind === 'mark_ghosted' ? [] : lint(draft, context),
  });
  if (options.model === null) return keep('disabled');
  if (draft.subject === null || draft.kind === 'mark_ghosted') return keep('not_applicable');

  const parts = splitDraft(draft.body);
  let answer: string;
  try {
    answer = await options.model.complete(rewriteMessages(input, draft, parts.middle), {
      timeoutMs: options.timeoutMs ?? DEFAULT_REWRITE_TIMEOUT_MS,
      ...(options.signal === undefined ? {} : { signal: options.signal }),
    });
  } catch (error) {
    // Invalid rewrite settings are the user's to fix, not a model that failed: say which one.
    if (isAppError(error) && error.code === 'validation') throw error;
    return keep(isAppError(error) && error.details?.reason === 'timeout' ? 'timeout' : 'model_error');
  }
  const parsed = parseRewrite(answer);
  if (parsed === null) return keep('garbage');
  const middle = cleanMiddle(parsed.body);
  const rewritten: Draft = {
    ...draft,
    subject: pickSubject(parsed.subject, draft.subject),
    body: joinDraft({ ...parts, middle }),
  };
  const check = checkRewrite({
    original: draft,
    originalMiddle: parts.middle,
    rewritten,
    rewrittenMiddle: middle,
    context,
  });
  if (check.reason !== null) return keep(check.reason);
  return { draft: rewritten, source: 'ai', findings: check.findings };
}
