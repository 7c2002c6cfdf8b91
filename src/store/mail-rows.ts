import type { Selectable } from 'kysely';
import type { Action } from '../core/model';
import type {
  MailAccount,
  MailRecord,
  MailRecordStatus,
  MboxImportProgress,
  OutboxItem,
  OutboxMail,
  OutboxPatch,
  OutboxState,
} from '../ports/mail-records';
import { epochMs } from './instant';
import type { MailRecordsTable, MboxImportsTable, OutboxTable } from './schema';

/** Mail model ↔ row conversions, the one place that knows both shapes (see rows.ts). */

export function outboxRow(userId: string, item: OutboxItem): OutboxTable {
  return {
    user_id: userId,
    action_id: item.actionId,
    application_id: item.applicationId,
    message_id: item.messageId,
    state: item.state,
    phase: item.phase,
    action: JSON.stringify(item.action),
    mail: JSON.stringify(item.mail),
    company_key: item.companyKey,
    approved_at: item.approvedAt,
    send_at: item.sendAt,
    send_at_ms: epochMs(item.sendAt, 'sendAt'),
    attempts: item.attempts,
    lease_owner: item.leaseOwner,
    lease_until: item.leaseUntil,
    lease_until_ms: item.leaseUntil === null ? null : epochMs(item.leaseUntil, 'leaseUntil'),
    sent_at: item.sentAt,
    sent_ms: item.sentAt === null ? null : epochMs(item.sentAt, 'sentAt'),
    smtp_response: item.smtpResponse,
    reason: item.reason,
    updated_at: item.updatedAt,
  };
}

export function toOutboxItem(row: Selectable<OutboxTable>): OutboxItem {
  return {
    actionId: row.action_id,
    applicationId: row.application_id,
    messageId: row.message_id,
    state: row.state as OutboxState,
    action: JSON.parse(row.action) as Action,
    mail: JSON.parse(row.mail) as OutboxMail,
    companyKey: row.company_key,
    approvedAt: row.approved_at,
    sendAt: row.send_at,
    attempts: Number(row.attempts),
    phase: row.phase as OutboxItem['phase'],
    leaseOwner: row.lease_owner,
    leaseUntil: row.lease_until,
    sentAt: row.sent_at,
    smtpResponse: row.smtp_response,
    reason: row.reason,
    updatedAt: row.updated_at,
  };
}

/** The columns a patch changes, with their `_ms` companions kept in step. */
export function outboxPatchRow(patch: OutboxPatch): Partial<OutboxTable> {
  const row: Partial<OutboxTable> = { updated_at: patch.updatedAt };
  if (patch.state !== undefined) row.state = patch.state;
  if (patch.phase !== undefined) row.phase = patch.phase;
  if (patch.sendAt !== undefined) {
    row.send_at = patch.sendAt;
    row.send_at_ms = epochMs(patch.sendAt, 'sendAt');
  }
  if (patch.attempts !== undefined) row.attempts = patch.attempts;
  if (patch.leaseOwner !== undefined) row.lease_owner = patch.leaseOwner;
  if (patch.leaseUntil !== undefined) {
    row.lease_until = patch.leaseUntil;
    row.lease_until_ms = patch.leaseUntil === null ? null : epochMs(patch.leaseUntil, 'leaseUntil');
  }
  if (patch.sentAt !== undefined) {
    row.sent_at = patch.sentAt;
    row.sent_ms = patch.sentAt === null ? null : epochMs(patch.sentAt, 'sentAt');
  }
  if (patch.smtpResponse !== undefined) row.smtp_response = patch.smtpResponse;
  if (patch.reason !== undefined) row.reason = patch.reason;
  if (patch.messageId !== undefined) row.message_id = patch.messageId;
  if (patch.mail !== undefined) row.mail = JSON.stringify(patch.mail);
  if (patch.action !== undefined) row.action = JSON.stringify(patch.action);
  if (patch.approvedAt !== undefined) row.approved_at = patch.approvedAt;
  return row;
}

export function mailRecordRow(userId: string, record: MailRecord): MailRecordsTable {
  return {
    user_id: userId,
    message_id: record.messageId,
    id: record.id,
    source: record.source,
    received_at: record.receivedAt,
    from_address: record.from,
    subject: record.subject,
    verdict: JSON.stringify(record.verdict),
    link: record.link === null ? null : JSON.stringify(record.link),
    suggestion: record.suggestion === null ? null : JSON.stringify(record.suggestion),
    status: record.status,
    event_id: record.eventId,
    application_id: record.applicationId,
    created_at: record.createdAt,
    created_ms: epochMs(record.createdAt, 'createdAt'),
    updated_at: record.updatedAt,
  };
}

export function toMailRecord(row: Selectable<MailRecordsTable>): MailRecord {
  return {
    id: row.id,
    messageId: row.message_id,
    source: row.source as MailRecord['source'],
    receivedAt: row.received_at,
    from: row.from_address,
    subject: row.subject,
    verdict: JSON.parse(row.verdict) as MailRecord['verdict'],
    link: row.link === null ? null : (JSON.parse(row.link) as MailRecord['link']),
    suggestion: row.suggestion === null ? null : (JSON.parse(row.suggestion) as MailRecord['suggestion']),
    status: row.status as MailRecordStatus,
    eventId: row.event_id,
    applicationId: row.application_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function mboxImportRow(userId: string, p: MboxImportProgress): MboxImportsTable {
  return {
    user_id: userId,
    file_key: p.fileKey,
    path: p.path,
    size: p.size,
    next_offset: p.offset,
    messages: p.messages,
    created: JSON.stringify(p.created),
    finished: p.finished ? 1 : 0,
    started_at: p.startedAt,
    updated_at: p.updatedAt,
  };
}

export function toMboxImport(row: Selectable<MboxImportsTable>): MboxImportProgress {
  return {
    fileKey: row.file_key,
    path: row.path,
    size: Number(row.size),
    offset: Number(row.next_offset),
    messages: Number(row.messages),
    created: JSON.parse(row.created) as MboxImportProgress['created'],
    finished: Number(row.finished) === 1,
    startedAt: row.started_at,
    updatedAt: row.updated_at,
  };
}

export function toMailAccount(body: string): MailAccount {
  return JSON.parse(body) as MailAccount;
}
