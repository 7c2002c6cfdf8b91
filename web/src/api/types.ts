/**
 * The shapes the HTTP API answers with (docs/api.md). Types only: they come from the use cases and the
 * model, so the browser and the server cannot drift apart, and no server code ends up in the bundle.
 */
import type { ApplicationSummary } from '../../../src/app/list-applications';
import type { DraftedAgenda, DraftedItem, ItemDraft, UpcomingItem as Upcoming } from '../../../src/app/today-drafts';
import type { Action, AppEvent } from '../../../src/core/model';
import type { PlanNote } from '../../../src/core/planner/plan-context';
import type { OutboxState } from '../../../src/ports/mail-records';
import type { MailWorkerStatus } from '../../../src/server/mail/worker-status';

export type { AddApplicationInput, AddApplicationResult } from '../../../src/app/add-application';
export type { LogEventInput } from '../../../src/app/log-event';
export type { SettingsPatch } from '../../../src/app/update-settings';
export type { ProfilePatch } from '../../../src/app/profile';
export type { ActionDraft } from '../../../src/app/draft-action';
export type { Analytics, FunnelStep, RateRow, SourceRow } from '../../../src/app/analytics';
export type { ResponseTimeBucket } from '../../../src/app/analytics-response-time';
export type { ImportPreview, PreviewRow } from '../../../src/app/import-preview';
export type { ImportCsvResult, ImportReport } from '../../../src/app/import-csv';
export type { ImportUpload } from '../../../src/app/import-upload';
export type { DateAmbiguity, DateColumnDecision, ImportField, ImportFile, NumericDateOrder } from '../../../src/core/import';
export type { ApplicationDetails as ApplicationDetail } from '../../../src/app/view-application';
export type { ApplicationSummary } from '../../../src/app/list-applications';
export type { UndoResult } from '../../../src/app/undo-event';
export type { ContactPatch } from '../../../src/app/contacts';
export type { ContactInput } from '../../../src/app/schemas';
export type { CallBranch, CallScript, DraftRecipient } from '../../../src/core/drafting/types';
export type { LintFinding } from '../../../src/core/linting/types';
export type { PostingAnalysis, PostingFinding, PostingFindingKind } from '../../../src/core/posting/types';
export type { PlanNote } from '../../../src/core/planner/plan-context';
export type * from '../../../src/core/model';
export type { MailAccountView } from '../../../src/app/mail/mail-account-view';
export type { MailSetupInput, MailSetupResult, ServerCheck } from '../../../src/app/mail/mail-account';
export type { OutboxRow } from '../../../src/app/mail/outbox-view';
export type { MailApplication, MailItem } from '../../../src/app/mail/inbox-view';
export type { SendPreview } from '../../../src/app/mail/preview-send';
export type { QueueSendResult } from '../../../src/app/mail/queue-send';
export type { InboxPass } from '../../../src/app/mail/check-inbox';
export type { MailAccount, MailRecord, OutboxItem, OutboxState } from '../../../src/ports/mail-records';
export type { MailWorkerStatus, WorkerError } from '../../../src/server/mail/worker-status';
export type { DigestPreferences, DigestState } from '../../../src/app/mail/digest-preferences';
export type { DigestSent } from '../../../src/app/mail/send-digest';

export interface Session {
  csrfToken: string;
  userId: string;
  demo: boolean;
  version: string;
  /** The server's clock; `hearback serve --now` pins it. */
  now: string;
  applications: number;
}

/** The draft that comes with each item on Today. */
export type AgendaDraft = ItemDraft;
export type TodayItem = DraftedItem;
/** An item of the next days: no draft yet. */
export type UpcomingItem = Upcoming;
export type TodayResponse = DraftedAgenda;

export interface ApplicationsResponse {
  applications: ApplicationSummary[];
}

export interface PlanChange {
  actions: Action[];
  notes: PlanNote[];
}

export type EventLogged = PlanChange & { event: AppEvent };

export type ActionOutcome = PlanChange & { action: Action; event: AppEvent | null };

/** `GET /api/mail/status`. */
export interface MailStatus {
  account: { address: string; name: string } | null;
  workers: MailWorkerStatus | null;
  outbox: Record<OutboxState, number>;
  review: number;
}

/** `PATCH /api/digest`: any of the morning e-mail's settings; `to: null` sends to the mail account's own address. */
export type DigestPatch = Partial<{ enabled: boolean; time: string; to: string | null }>;
