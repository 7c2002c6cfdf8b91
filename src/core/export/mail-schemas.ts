import { z } from 'zod';
import { MAIL_KINDS } from '../mail/classify-message';
import type { LinkVia } from '../mail/link-message';
import type { ApplicationSuggestion, EventSuggestion } from '../mail/mail-suggestion';
import type { Evidence } from '../mail/phrase-rules';
import { actionSchema } from './model-schemas';

/**
 * Zod schemas of the mail rows an export carries: the outbox (messages queued, sent, failed...) and the
 * mail records (every message read, with its classification, and the review queue). Strict, like the
 * model's. The row types live in the ports layer, which core may not import; the export and restore use
 * cases assign them to and from these schemas' types, so the compiler checks that the two agree.
 */
const instant = z.iso.datetime({ offset: true });
const text = z.string();
const id = z.string().min(1);
const mailbox = z.strictObject({ name: text, address: text });

const OUTBOX_STATES = ['queued', 'sending', 'sent', 'failed', 'needs_decision', 'cancelled'] as const;
const MAIL_RECORD_STATUSES = ['applied', 'review', 'accepted', 'dismissed', 'ignored', 'undone'] as const;

export const outboxItemSchema = z.strictObject({
  actionId: id,
  applicationId: id,
  messageId: id,
  state: z.enum(OUTBOX_STATES),
  action: actionSchema,
  mail: z.strictObject({
    from: mailbox,
    to: mailbox,
    subject: text,
    text,
    inReplyTo: text.nullable(),
    references: z.array(text),
  }),
  companyKey: text,
  approvedAt: instant,
  sendAt: instant,
  attempts: z.number().int().min(0),
  phase: z.enum(['claimed', 'smtp']).nullable(),
  leaseOwner: text.nullable(),
  leaseUntil: instant.nullable(),
  sentAt: instant.nullable(),
  smtpResponse: text.nullable(),
  reason: text.nullable(),
  updatedAt: instant,
});
export type ExportedOutboxItem = z.infer<typeof outboxItemSchema>;

const eventSuggestion = z.strictObject({
  kind: z.literal('event'),
  event: z.enum(['reply', 'rejection', 'interview', 'auto_reply', 'bounce']),
  applicationId: id.nullable(),
  note: text,
  returnDate: text.nullable(),
  address: text.nullable(),
  hard: z.boolean(),
  contactId: id.nullable(),
}) satisfies z.ZodType<EventSuggestion>;

const applicationSuggestion = z.strictObject({
  kind: z.literal('application'),
  company: text,
  role: text.nullable(),
}) satisfies z.ZodType<ApplicationSuggestion>;

const evidence = z.strictObject({ rule: text, detail: text }) satisfies z.ZodType<Evidence>;
const linkVia = z.enum(['thread', 'contact', 'domain', 'ats_subject']) satisfies z.ZodType<LinkVia>;

export const mailRecordSchema = z.strictObject({
  id,
  messageId: id,
  source: z.enum(['imap', 'mbox']),
  receivedAt: instant.nullable(),
  from: text.nullable(),
  subject: text,
  verdict: z.strictObject({
    kind: z.enum(MAIL_KINDS),
    confidence: z.number(),
    tier: z.enum(['high', 'medium', 'low']),
    evidence: z.array(evidence),
    returnDate: text.nullable(),
    failedRecipient: text.nullable(),
  }),
  link: z.strictObject({ applicationId: id, via: linkVia, confidence: z.number() }).nullable(),
  suggestion: z.discriminatedUnion('kind', [eventSuggestion, applicationSuggestion]).nullable(),
  status: z.enum(MAIL_RECORD_STATUSES),
  eventId: id.nullable(),
  applicationId: id.nullable(),
  createdAt: instant,
  updatedAt: instant,
});
export type ExportedMailRecord = z.infer<typeof mailRecordSchema>;
