import { describe, expect, it } from 'vitest';
import type { MailVerdict } from './classify-message';
import { createMailMessage } from './mail-message';
import { judgeMail, type JudgeContext } from './mail-suggestion';
import { tierOf } from './phrase-rules';
import { providerFor, smtpSavesSent } from './mail-providers';

const verdict = (kind: MailVerdict['kind'], confidence: number, extra: Partial<MailVerdict> = {}): MailVerdict => ({
  kind,
  confidence,
  tier: tierOf(confidence),
  evidence: [],
  returnDate: null,
  failedRecipient: null,
  ...extra,
});
const msg = createMailMessage({ from: { name: 'Dana Smith', address: 'dana@acme.io' }, subject: 'Re: Following up' });
const thread = { applicationId: 'a1', via: 'thread' as const, confidence: 0.98 };
const live: JudgeContext = { mode: 'live', contacts: [{ id: 'c1', applicationId: 'a1', email: 'Dana@acme.io' }] };

describe('judgeMail', () => {
  it('applies a sure reply on a sure link as a reply from the known contact', () => {
    expect(judgeMail(msg, verdict('human_reply', 0.95), thread, live)).toEqual({
      status: 'apply',
      suggestion: { kind: 'event', event: 'reply', applicationId: 'a1', note: 'Reply from Dana Smith <dana@acme.io>: "Re: Following up"', returnDate: null, address: null, hard: true, contactId: 'c1' },
      why: 'reply (high confidence, linked by thread)',
    });
  });

  it('sends a medium verdict, or a sure one on a weak link, to review, and ignores a low one', () => {
    expect(judgeMail(msg, verdict('rejection', 0.7), thread, live).status).toBe('review');
    expect(judgeMail(msg, verdict('rejection', 0.95), { applicationId: 'a1', via: 'ats_subject', confidence: 0.6 }, live).status).toBe('review');
    expect(judgeMail(msg, verdict('rejection', 0.4), thread, live).status).toBe('ignore');
    expect(judgeMail(msg, verdict('unrelated', 0.95), thread, live).status).toBe('ignore');
  });

  it.each([
    { via: 'domain' as const, confidence: 0.8, status: 'review' },
    { via: 'contact' as const, confidence: 0.9, status: 'apply' },
    { via: 'ats_subject' as const, confidence: 0.75, status: 'apply' },
    { via: 'thread' as const, confidence: 0.98, status: 'apply' },
  ])('gives a sure rejection linked by $via the status $status', ({ via, confidence, status }) => {
    const judged = judgeMail(msg, verdict('rejection', 0.95), { applicationId: 'a1', via, confidence }, live);
    expect(judged.status).toBe(status);
  });

  it.each([
    { name: 'sends a rejection dated before the application was sent to review', date: '2023-03-14T10:00:00Z', status: 'review' },
    { name: 'applies a rejection dated after the application was sent', date: '2025-03-01T10:00:00Z', status: 'apply' },
  ])('$name', ({ date, status }) => {
    const dated = createMailMessage({ ...msg, date });
    const context = { ...live, appliedAt: new Map([['a1', '2025-02-20T10:00:00Z']]) };
    const judged = judgeMail(dated, verdict('rejection', 0.95), thread, context);
    expect(judged.status).toBe(status);
    if (status === 'review') expect(judged.caution).toEqual({ rule: 'date.before-applied', detail: 'dated 2023-03-14, before the application was sent on 2025-02-20' });
  });

  it('asks which application an unlinked rejection is about', () => {
    expect(judgeMail(msg, verdict('rejection', 0.95), null, live)).toMatchObject({ status: 'review', suggestion: { event: 'rejection', applicationId: null } });
  });

  it('never turns an acknowledgement into a reply', () => {
    const ack = createMailMessage({ from: { name: 'Acme Hiring Team', address: 'no-reply@acme.io' }, subject: 'Thank you for applying to Acme', text: 'We received your application for the Data Engineer position at Acme.' });
    expect(judgeMail(ack, verdict('ack', 0.95), thread, live)).toMatchObject({ status: 'ignore', suggestion: null });
    expect(judgeMail(ack, verdict('ack', 0.95), null, live)).toMatchObject({ status: 'review', suggestion: { kind: 'application', company: 'Acme' } });
    expect(judgeMail(ack, verdict('ack', 0.95), null, { ...live, mode: 'import' })).toMatchObject({ status: 'apply', suggestion: { kind: 'application', company: 'Acme' } });
  });

  it('records an invitation as a reply while watching, and as an interview in a backfill', () => {
    expect(judgeMail(msg, verdict('interview_invite', 0.9), thread, live).suggestion).toMatchObject({ event: 'reply', note: expect.stringContaining('Interview invitation') });
    expect(judgeMail(msg, verdict('interview_invite', 0.9), thread, { ...live, mode: 'import' }).suggestion).toMatchObject({ event: 'interview' });
  });

  it('carries the return date of an automatic reply and the failed address of a bounce', () => {
    expect(judgeMail(msg, verdict('auto_reply', 0.9, { returnDate: '2026-12-01' }), thread, live)).toMatchObject({ status: 'apply', suggestion: { event: 'auto_reply', returnDate: '2026-12-01' } });
    expect(judgeMail(msg, verdict('bounce', 0.95, { failedRecipient: 'dana@acme.io', bounce: 'hard' }), thread, live)).toMatchObject({ status: 'apply', suggestion: { event: 'bounce', address: 'dana@acme.io', hard: true } });
    expect(judgeMail(msg, verdict('bounce', 0.95, { failedRecipient: 'x@acme.io', bounce: 'soft' }), thread, live).suggestion).toMatchObject({ hard: false });
    expect(judgeMail(msg, verdict('bounce', 0.95), thread, live).status).toBe('review');
  });
});

describe('mail providers', () => {
  it('knows the servers of common providers and which file sent mail themselves', () => {
    expect(providerFor('alex@Gmail.com')).toMatchObject({ imap: { host: 'imap.gmail.com', port: 993 }, savesSent: true });
    expect(providerFor('alex@me.com')?.name).toBe('iCloud Mail');
    expect(providerFor('alex@acme.io')).toBeNull();
    expect(smtpSavesSent('smtp.gmail.com')).toBe(true);
    expect(smtpSavesSent('smtp.office365.com')).toBe(true);
    expect(smtpSavesSent('smtp.fastmail.com')).toBe(false);
    expect(smtpSavesSent('mail.example.org')).toBe(false);
  });
});
