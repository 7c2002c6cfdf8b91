import { AppError } from '../core/app-error';
import { composeDraft, type Draft, type DraftInput } from '../core/drafting';
import { EMPTY_PROFILE, type Action, type Application } from '../core/model';
import type { LintFinding } from '../core/linting';
import type { ChatModel } from '../ports/chat-model';
import type { AppDeps } from './deps';
import { rewriteDraft } from './rewrite/rewrite-draft';
import { loadSettings } from './settings';

export interface ActionDraft {
  action: Action;
  application: Application;
  draft: Draft;
  findings: LintFinding[];
  /** `ai` when a configured model rewrote it and the rewrite passed every check. */
  source: 'deterministic' | 'ai';
  fallbackReason: string | null;
}

/** What drafting needs about one action, read in one go. */
export async function draftInputFor(deps: Pick<AppDeps, 'db' | 'defaults'>, actionId: string): Promise<DraftInput> {
  const stored = await deps.db.getAction(actionId);
  if (!stored) throw new AppError('not_found', `no planned action ${actionId}`, { field: 'actionId' });
  const { action } = stored;
  const [application, contacts, events, profile, settings] = await Promise.all([
    deps.db.getApplication(action.applicationId),
    deps.db.listContacts({ applicationId: action.applicationId }),
    deps.db.listEvents({ applicationId: action.applicationId }),
    deps.db.getProfile(),
    loadSettings(deps),
  ]);
  if (!application) throw new AppError('not_found', `no application for action ${actionId}`, { field: 'actionId' });
  return { action, application, contacts, events, profile: profile ?? EMPTY_PROFILE, playbook: settings.playbook };
}

/**
 * The draft of an action with its lint findings. With a chat model configured (and `rewrite` asked for),
 * the draft is rewritten in the user's voice; the deterministic draft stays the fallback.
 */
export async function draftAction(deps: AppDeps, actionId: string, options: { model?: ChatModel | null; rewrite?: boolean } = {}): Promise<ActionDraft> {
  const input = await draftInputFor(deps, actionId);
  const draft = composeDraft(input);
  const result = await rewriteDraft(input, { draft, model: options.rewrite ? (options.model ?? null) : null, now: deps.clock.now().toISOString() });
  return {
    action: input.action,
    application: input.application,
    draft: result.draft,
    findings: result.findings,
    source: result.source,
    fallbackReason: result.fallbackReason ?? null,
  };
}
