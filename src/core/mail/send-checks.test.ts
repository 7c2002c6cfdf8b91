import { describe, expect, it } from 'vitest';
import { anApplication, anEvent } from '../../../test/support/builders';
import type { Action } from '../model';
import { checkBeforeSend, type SendCheckInput } from './send-checks';

const NOW = Date.parse('2026-11-24T15:00:00Z');
const APPROVED = Date.parse('2026-11-23T20:00:00Z');

const action: Action = {
  id: 'app1-fu1',
  applicationId: 'app1',
  kind: 'follow_up',
  step: 1,
  channel: 'email',
  contact: { id: 'c1', name: 'Dana', email: 'dana@acme.io', phone: null },
  alternative: null,
  due: { start: '2026-11-24T09:00:00-05:00', end: '2026-11-24T11:30:00-05:00' },
  expiresAt: '2026-12-10T00:00:00Z',
  rule: 'follow_up.first',
  reason: 'Five business days have passed since you applied.',
  sources: [],
  context: {},
};

function input(over: Partial<SendCheckInput> = {}): SendCheckInput {
  return {
    item: { actionId: action.id, kind: 'follow_up', to: 'dana@acme.io', companyKey: 'acme', approvedMs: APPROVED, sendAtMs: Date.parse(action.due.start) },
    application: anApplication(),
    events: [anEvent('applied', '2026-11-16T14:00:00Z')],
    planned: { action, state: null },
    recent: [],
    limits: { dailyCap: 3, companyGapMinutes: 120 },
    nowMs: NOW,
    ...over,
  };
}

describe('checkBeforeSend', () => {
  it('sends when nothing changed', () => {
    expect(checkBeforeSend(input())).toEqual({ kind: 'send' });
  });

  it('cancels a follow-up when a reply came in after approval, saying when', () => {
    const reply = anEvent('reply', '2026-11-24T13:00:00Z');
    expect(checkBeforeSend(input({ events: [reply] }))).toEqual({ kind: 'cancel', reason: 'a reply came in on 2026-11-24, after you approved this follow-up' });
  });

  it('also cancels for a reply dated earlier but logged after approval', () => {
    const late = anEvent('rejection', '2026-11-20T10:00:00Z', {}, { createdAt: '2026-11-24T08:00:00Z' });
    expect(checkBeforeSend(input({ events: [late] })).kind).toBe('cancel');
  });

  it('does not cancel a follow-up for an automatic reply', () => {
    const ooo = anEvent('auto_reply', '2026-11-24T13:00:00Z', { returnDate: null });
    expect(checkBeforeSend(input({ events: [ooo] }))).toEqual({ kind: 'send' });
  });

  it('keeps a thank-you even after a reply', () => {
    const thanks = input({ item: { ...input().item, kind: 'thank_you' }, events: [anEvent('reply', '2026-11-24T13:00:00Z')] });
    expect(checkBeforeSend(thanks)).toEqual({ kind: 'send' });
  });

  it('cancels for a deleted application, a do-not-contact posting, a closed stage and a bounced address', () => {
    expect(checkBeforeSend(input({ application: null }))).toMatchObject({ kind: 'cancel', reason: 'the application was deleted' });
    const quiet = anApplication({ policy: { noContact: true, noCalls: false, noAgencies: false, onlyShortlistedContacted: false } });
    expect(checkBeforeSend(input({ application: quiet }))).toMatchObject({ kind: 'cancel', reason: 'the posting now says not to contact them' });
    expect(checkBeforeSend(input({ application: anApplication({ stage: 'offer' }) }))).toMatchObject({ reason: 'the application is now offer' });
    const bounce = anEvent('bounce', '2026-11-20T10:00:00Z', { address: 'Dana@Acme.io', hard: true });
    expect(checkBeforeSend(input({ events: [bounce] }))).toMatchObject({ kind: 'cancel', reason: expect.stringContaining('dana@acme.io bounced') });
  });

  it('follows the plan: gone, skipped, snoozed, moved later or expired', () => {
    expect(checkBeforeSend(input({ planned: null })).kind).toBe('cancel');
    expect(checkBeforeSend(input({ planned: { action, state: { actionId: action.id, applicationId: 'app1', status: 'skipped', at: '2026-11-24T10:00:00Z' } } }))).toMatchObject({ reason: 'you skipped this action' });
    const until = '2026-11-25T15:00:00Z';
    expect(checkBeforeSend(input({ planned: { action, state: { actionId: action.id, applicationId: 'app1', status: 'snoozed', until, at: '2026-11-24T10:00:00Z' } } }))).toEqual({ kind: 'defer', untilMs: Date.parse(until), reason: 'you snoozed this action' });
    const moved = { ...action, due: { start: '2026-11-30T09:00:00-05:00', end: '2026-11-30T11:30:00-05:00' }, reason: 'Dana is away until 27 November.' };
    expect(checkBeforeSend(input({ planned: { action: moved, state: null } }))).toEqual({ kind: 'defer', untilMs: Date.parse(moved.due.start), reason: 'the plan moved it: Dana is away until 27 November.' });
    expect(checkBeforeSend(input({ planned: { action: { ...action, expiresAt: '2026-11-24T12:00:00Z' }, state: null } }))).toMatchObject({ reason: 'it expired on 2026-11-24' });
  });

  it('holds back past the daily cap until the oldest send is a day old', () => {
    const recent = [1, 2, 3].map((n) => ({ actionId: `a${n}`, companyKey: `c${n}`, sentMs: NOW - n * 3_600_000 }));
    expect(checkBeforeSend(input({ recent }))).toEqual({ kind: 'defer', untilMs: NOW - 3 * 3_600_000 + 86_400_000, reason: 'the daily cap of 3 messages is reached' });
    expect(checkBeforeSend(input({ recent: recent.slice(1) }))).toEqual({ kind: 'send' });
  });

  it('keeps a gap between messages to one company, counting one being sent', () => {
    const sent = [{ actionId: 'a9', companyKey: 'acme', sentMs: NOW - 30 * 60_000 }];
    expect(checkBeforeSend(input({ recent: sent }))).toMatchObject({ kind: 'defer', untilMs: NOW + 90 * 60_000 });
    expect(checkBeforeSend(input({ recent: [{ actionId: 'a9', companyKey: 'acme', sentMs: null }] }))).toMatchObject({ kind: 'defer', untilMs: NOW + 120 * 60_000 });
    expect(checkBeforeSend(input({ recent: [{ actionId: 'a9', companyKey: 'other', sentMs: NOW - 60_000 }] }))).toEqual({ kind: 'send' });
    expect(checkBeforeSend(input({ recent: [{ actionId: action.id, companyKey: 'acme', sentMs: null }] }))).toEqual({ kind: 'send' });
  });
});
