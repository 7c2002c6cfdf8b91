import { describe, expect, it } from 'vitest';
import type { InboxPass, MailItem } from '../api/types';
import { describeSendTime, evidenceSource, passSummary, suggestionText } from './mail-text';

describe('describeSendTime', () => {
  it('gives the recipient time with its offset, and the user time when it differs', () => {
    expect(describeSendTime('2026-11-23T14:01:00Z', 'America/New_York', 'Europe/Berlin', '2026-11-23T14:00:00Z')).toEqual({
      theirs: 'Mon 23 Nov, 09:01 their time (UTC−05:00)',
      yours: 'Mon 23 Nov, 15:01 your time',
      now: false,
    });
  });

  it('leaves out the user time when both read the same, and says when it is due already', () => {
    expect(describeSendTime('2026-11-23T14:01:00Z', 'America/New_York', 'America/New_York', '2026-11-23T14:01:00Z')).toMatchObject({ yours: null, now: true });
  });

  it('reads summer time in the recipient zone, and adds the year when it is not this one', () => {
    expect(describeSendTime('2027-07-05T13:00:00Z', 'America/New_York', 'America/New_York', '2026-11-23T14:00:00Z').theirs).toBe('Mon 5 Jul 2027, 09:00 their time (UTC−04:00)');
  });
});

const item = (over: Partial<MailItem>): MailItem =>
  ({ suggestion: null, application: null, ...over }) as MailItem;

describe('the review texts', () => {
  it('says what accepting does', () => {
    const event = { kind: 'event', event: 'rejection', applicationId: 'a1', note: '', returnDate: null, address: null, hard: false, contactId: null } as const;
    expect(suggestionText(item({ suggestion: event, application: { id: 'a1', company: 'Acme', role: 'Engineer' } }))).toBe('Accepting logs “Rejection” on Acme — Engineer.');
    expect(suggestionText(item({ suggestion: { ...event, applicationId: null } }))).toBe('Accepting logs “Rejection” on the application you choose.');
    expect(suggestionText(item({ suggestion: { kind: 'application', company: 'Initech', role: 'Data Engineer' } }))).toBe('Accepting adds the application Initech — Data Engineer.');
  });

  it('groups evidence by where it was found', () => {
    expect([evidenceSource('header.auto-submitted'), evidenceSource('phrase.rejection'), evidenceSource('mystery')]).toEqual(['Header', 'Words', 'Rule']);
  });

  it('sums up a check', () => {
    const pass = (read: number, applied: number, review: number): InboxPass => ({ read, applied: Array(applied), review: Array(review), ignored: read - applied - review, reset: [], errors: [] }) as unknown as InboxPass;
    expect(passSummary(pass(0, 0, 0))).toBe('No new mail.');
    expect(passSummary(pass(3, 1, 1))).toBe('Read 3 new messages: 1 applied, 1 for review, 1 not about your applications.');
  });
});
