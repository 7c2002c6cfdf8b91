import { z } from 'zod';
import { MAIL_KINDS } from '../../core/mail/classify-message';
import { ACTION_KINDS } from '../../core/model';
import { MAIL_RECORD_STATUSES, OUTBOX_STATES } from '../../ports/mail-records';
import { lintFindingSchema } from './responses';

/** Schemas of the mail answers, for the OpenAPI document only (see responses.ts). */
const mailbox = z.object({ name: z.string(), address: z.string() });
const serverSettings = z.object({ host: z.string(), port: z.number().int(), security: z.enum(['tls', 'starttls', 'plain']), user: z.string() });

export const mailAccountSchema = z
  .object({
    address: z.string(),
    name: z.string(),
    smtp: serverSettings,
    imap: serverSettings,
    sentFolder: z.string().nullable(),
    sentCopy: z.enum(['auto', 'append', 'provider']),
    dailyCap: z.number().int(),
    companyGapMinutes: z.number().int(),
    folders: z.array(z.string()),
    updatedAt: z.string(),
  })
  .describe('The account as saved. The password is kept apart, sealed, and never sent.');

export const mailAccountViewSchema = z.object({
  account: mailAccountSchema.nullable().describe('`null` before an account is set up.'),
  sentCopy: z.enum(['append', 'provider']).nullable().describe('Who saves sent mail to Sent: hearback over IMAP, or the provider itself.'),
  provider: z.object({ name: z.string(), appPasswordHelp: z.string().nullable() }).nullable(),
});

const serverCheck = z.union([
  z.object({ ok: z.literal(true), detail: z.string() }),
  z.object({ ok: z.literal(false), code: z.string(), message: z.string().describe('What failed, in words to act on: a refused login, nothing at the port, a TLS mismatch...') }),
]);

export const mailSetupSchema = z.object({
  saved: z.boolean().describe('Both servers worked and the account was saved; when false nothing was saved.'),
  account: mailAccountSchema,
  smtp: serverCheck,
  imap: serverCheck,
  help: z.string().nullable().describe('Where to make an app password, for a provider hearback knows.'),
});

const workerError = z.object({ code: z.string(), message: z.string(), since: z.string() }).nullable();

export const mailStatusSchema = z.object({
  account: z.object({ address: z.string(), name: z.string() }).nullable(),
  workers: z
    .object({
      sender: z.object({ lastPassAt: z.string().nullable(), lastSentAt: z.string().nullable(), error: workerError }),
      watcher: z.object({ lastCheckAt: z.string().nullable(), waiting: z.boolean(), error: workerError }),
    })
    .nullable()
    .describe('What the sender and the inbox watcher of `hearback serve` are doing; `null` when none run (no account).'),
  outbox: z.record(z.enum(OUTBOX_STATES), z.number().int()).describe('How many messages are in each state.'),
  review: z.number().int().describe('Messages waiting in the review queue.'),
});

const evidence = z.object({ rule: z.string(), detail: z.string() });
const eventSuggestion = z.object({
  kind: z.literal('event'),
  event: z.enum(['reply', 'rejection', 'interview', 'auto_reply', 'bounce']),
  applicationId: z.string().nullable(),
  note: z.string(),
  returnDate: z.string().nullable(),
  address: z.string().nullable(),
  hard: z.boolean(),
  contactId: z.string().nullable(),
});
const applicationSuggestion = z.object({ kind: z.literal('application'), company: z.string(), role: z.string().nullable() });

export const mailRecordSchema = z.object({
  id: z.string(),
  messageId: z.string(),
  source: z.enum(['imap', 'mbox']),
  receivedAt: z.string().nullable(),
  from: z.string().nullable(),
  subject: z.string(),
  verdict: z.object({
    kind: z.enum(MAIL_KINDS),
    confidence: z.number(),
    tier: z.enum(['high', 'medium', 'low']),
    evidence: z.array(evidence),
    returnDate: z.string().nullable(),
    failedRecipient: z.string().nullable(),
  }),
  link: z.object({ applicationId: z.string(), via: z.enum(['thread', 'contact', 'domain', 'ats_subject']), confidence: z.number() }).nullable(),
  suggestion: z.union([eventSuggestion, applicationSuggestion]).nullable().describe('What accepting would do.'),
  status: z.enum(MAIL_RECORD_STATUSES),
  eventId: z.string().nullable(),
  applicationId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});

export const mailItemSchema = mailRecordSchema.extend({
  application: z.object({ id: z.string(), company: z.string(), role: z.string() }).nullable().describe('The application it is linked to or suggested for.'),
});

export const inboxPassSchema = z.object({
  read: z.number().int(),
  applied: z.array(mailRecordSchema),
  review: z.array(mailRecordSchema),
  ignored: z.number().int(),
  reset: z.array(z.string()),
  errors: z.array(z.object({ folder: z.string(), uid: z.number().int(), error: z.string() })),
});

export const outboxItemSchema = z.object({
  actionId: z.string(),
  applicationId: z.string(),
  messageId: z.string(),
  state: z.enum(OUTBOX_STATES),
  mail: z.object({ from: mailbox, to: mailbox, subject: z.string(), text: z.string(), inReplyTo: z.string().nullable(), references: z.array(z.string()) }),
  approvedAt: z.string(),
  sendAt: z.string(),
  sentAt: z.string().nullable(),
  reason: z.string().nullable(),
  attempts: z.number().int(),
});

export const outboxRowSchema = z.object({
  actionId: z.string(),
  applicationId: z.string(),
  company: z.string().nullable(),
  role: z.string().nullable(),
  kind: z.enum(ACTION_KINDS),
  state: z.enum(OUTBOX_STATES),
  reason: z.string().nullable(),
  sendAt: z.string(),
  sentAt: z.string().nullable(),
  approvedAt: z.string(),
  updatedAt: z.string(),
  attempts: z.number().int(),
  to: mailbox,
  subject: z.string(),
  text: z.string(),
  zone: z.string().describe('The recipient zone, in which `sendAt` reads as their time.'),
});

export const queueResultSchema = z.object({
  item: outboxItemSchema,
  outcome: z.enum(['queued', 'updated', 'unchanged']).describe('`unchanged`: it is already being sent, sent, or waiting for a decision.'),
  findings: z.array(lintFindingSchema),
});

export const sendPreviewSchema = z.object({
  actionId: z.string(),
  from: mailbox,
  to: mailbox,
  subject: z.string(),
  sendAt: z.string().describe('When it would go out; read it in `zone` for the recipient time.'),
  zone: z.string(),
  findings: z.array(lintFindingSchema),
  blocked: z.boolean().describe('The linter found errors: approving is refused unless `force` is sent.'),
  outbox: z.enum(OUTBOX_STATES).nullable(),
});
