import { hasErrors, type LintFinding } from '../../core/linting';
import type { Mailbox } from '../../ports/mailer';
import type { OutboxState } from '../../ports/mail-records';
import type { AppDeps } from '../deps';
import { validate } from '../validate';
import { requireMailAccount } from './mail-account';
import { prepareSend } from './prepare-send';
import { QueueSendInput } from './queue-send';

export const PreviewSendInput = QueueSendInput.omit({ force: true });

/** What approving would do, shown before the user approves. */
export interface SendPreview {
  actionId: string;
  from: Mailbox;
  to: Mailbox;
  subject: string;
  /** When it would go out, ISO 8601 UTC; read it in `zone` for the recipient's time. */
  sendAt: string;
  /** The recipient's zone (the application's, else the user's). */
  zone: string;
  findings: LintFinding[];
  /** The linter found errors: approving is refused unless forced. */
  blocked: boolean;
  /** The action's outbox row as it stands, if it has one. */
  outbox: OutboxState | null;
}

/**
 * The message an approval would queue, with its send time and lint findings, without queuing it: the web
 * page shows this ("Goes out Mon 09:12 their time") before the user approves.
 */
export async function previewSend(deps: AppDeps, raw: unknown): Promise<SendPreview> {
  const input = validate(PreviewSendInput, raw);
  const { account } = await requireMailAccount(deps);
  const prepared = await prepareSend(deps, input);
  const existing = await deps.db.getOutboxItem(input.actionId);
  return {
    actionId: input.actionId,
    from: { name: account.name, address: account.address },
    to: { name: prepared.toName, address: prepared.to },
    subject: prepared.subject,
    sendAt: prepared.sendAt,
    zone: prepared.zone,
    findings: prepared.findings,
    blocked: hasErrors(prepared.findings),
    outbox: existing?.state ?? null,
  };
}
