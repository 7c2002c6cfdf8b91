import { describe, expect, it } from 'vitest';
import { aContact, anEvent } from '../../../test/support/builders';
import { ALL, CHASING, kinds, only, planCase } from './plan-test-kit';

const dana = aContact({ name: 'Dana Smith', role: 'interviewer', email: 'dana@acme.io' });
const lee = aContact({ name: 'Lee Wong', role: 'interviewer', email: 'lee@acme.io' });
const interview = (at: string, data: object = {}) =>
  anEvent('interview', at, { interviewerIds: [dana.id, lee.id], discussed: ['moving billing to event sourcing'], ...data });

describe('row: thank-you after each interview (from its end, due within 24 h, gone after 48 h)', () => {
  it.each(ALL)('%s: plans one thank-you per interviewer, addressed by name', (playbook) => {
    const result = planCase({ playbook, contacts: [dana, lee], events: [interview('2026-11-17T15:00:00Z')], now: '2026-11-17T16:00:00Z' });
    const thanks = result.actions.filter((a) => a.kind === 'thank_you');
    expect(thanks.map((a) => a.contact?.name).sort()).toEqual(['Dana Smith', 'Lee Wong']);
    expect(thanks[0]?.context.discussed).toEqual(['moving billing to event sourcing']);
  });

  // The user is in New York with the default quiet hours (21:00–07:00), like the recipient.
  it.each([
    ['opens when a Tuesday 10:00 interview ends and runs until the user\'s quiet hours', '2026-11-17T15:00:00Z', '2026-11-17T11:00:00-05:00', '2026-11-17T21:00:00-05:00'],
    ['goes out the same evening after a 16:45 interview, past business hours', '2026-11-17T21:45:00Z', '2026-11-17T17:45:00-05:00', '2026-11-17T21:00:00-05:00'],
    ['is due on Friday evening after a Friday 17:00 interview, not on Monday', '2026-11-20T22:00:00Z', '2026-11-20T18:00:00-05:00', '2026-11-20T21:00:00-05:00'],
    ['waits for the user\'s morning when the interview ends in their quiet hours, due 24 hours after it', '2026-11-18T01:15:00Z', '2026-11-18T07:00:00-05:00', '2026-11-18T20:15:00-05:00'],
    ['waits for the morning when under 30 minutes remain before quiet hours', '2026-11-18T00:45:00Z', '2026-11-18T07:00:00-05:00', '2026-11-18T19:45:00-05:00'],
    ['does not wait for Thanksgiving after a Wednesday-evening interview', '2026-11-25T23:00:00Z', '2026-11-25T19:00:00-05:00', '2026-11-25T21:00:00-05:00'],
    ['is due on a Saturday after a Saturday interview', '2026-11-21T15:00:00Z', '2026-11-21T11:00:00-05:00', '2026-11-21T21:00:00-05:00'],
  ])('%s', (_label, at, start, end) => {
    const result = planCase({ contacts: [dana], events: [anEvent('interview', at, { interviewerIds: [dana.id] })], now: at });
    expect(only(result, 'thank_you').due).toEqual({ start, end });
  });

  it.each([
    ['keeps the user\'s quiet hours in their own zone (Berlin, 21:00 there is 15:00 in New York)', { timezone: 'Europe/Berlin' }, '2026-11-17T11:00:00-05:00', '2026-11-17T15:00:00-05:00'],
    ['runs the full 24 hours without quiet hours', { quietHours: null }, '2026-11-17T11:00:00-05:00', '2026-11-18T10:00:00-05:00'],
  ])('%s', (_label, settings, start, end) => {
    const result = planCase({ settings, contacts: [dana], events: [anEvent('interview', '2026-11-17T15:00:00Z', { interviewerIds: [dana.id] })], now: '2026-11-17T15:00:00Z' });
    expect(only(result, 'thank_you').due).toEqual({ start, end });
  });

  it.each([
    ['a Tuesday interview, 47 hours later', '2026-11-17T15:00:00Z', '2026-11-19T14:00:00Z', ['thank_you']],
    ['a Tuesday interview, 48 hours later', '2026-11-17T15:00:00Z', '2026-11-19T15:00:00Z', []],
    ['a Friday 17:00 interview, on Sunday at 16:59', '2026-11-20T22:00:00Z', '2026-11-22T21:59:00Z', ['thank_you']],
    ['a Friday 17:00 interview, on Sunday at 17:00', '2026-11-20T22:00:00Z', '2026-11-22T22:00:00Z', []],
    ['a Friday 17:30 interview, on Monday morning', '2026-11-20T22:30:00Z', '2026-11-23T14:30:00Z', []],
  ])('after %s, the thank-you is %j', (_label, at, now, expected) => {
    const result = planCase({ contacts: [dana], events: [anEvent('interview', at, { interviewerIds: [dana.id] })], now });
    expect(kinds(result).filter((k) => k === 'thank_you')).toEqual(expected);
    if (expected.length === 0) expect(result.notes.map((n) => n.rule)).toContain('expired');
  });

  it('expires 48 hours after a Friday 17:00 interview, on Sunday at 17:00', () => {
    const result = planCase({ contacts: [dana], events: [anEvent('interview', '2026-11-20T22:00:00Z', { interviewerIds: [dana.id] })], now: '2026-11-20T22:00:00Z' });
    expect(only(result, 'thank_you').expiresAt).toBe('2026-11-22T17:00:00-05:00');
  });

  it.each([
    ['moves a snoozed thank-you to the snooze time, still ending with the user\'s day', '2026-11-21T15:00:00Z', { start: '2026-11-21T10:00:00-05:00', end: '2026-11-21T21:00:00-05:00' }],
    ['drops a thank-you snoozed past its 48 hours, with a note', '2026-11-23T14:00:00Z', null],
  ])('%s', (_label, until, due) => {
    const interviewed = anEvent('interview', '2026-11-20T22:00:00Z', { interviewerIds: [dana.id] });
    const first = only(planCase({ contacts: [dana], events: [interviewed], now: '2026-11-20T22:00:00Z' }), 'thank_you');
    const states = [{ actionId: first.id, applicationId: 'app1', status: 'snoozed' as const, until, at: '2026-11-20T23:00:00Z' }];
    const result = planCase({ contacts: [dana], events: [interviewed], states, now: '2026-11-20T23:00:00Z' });
    expect(result.actions.find((a) => a.kind === 'thank_you')?.due ?? null).toEqual(due);
    if (due === null) expect(result.notes.map((n) => n.rule)).toContain('expired');
  });

  it('stops asking once the thank-you to that interviewer is sent', () => {
    const sent = anEvent('thank_you_sent', '2026-11-17T18:00:00Z', { contactId: dana.id });
    const result = planCase({ contacts: [dana, lee], events: [interview('2026-11-17T15:00:00Z'), sent], now: '2026-11-17T19:00:00Z' });
    expect(result.actions.filter((a) => a.kind === 'thank_you').map((a) => a.contact?.name)).toEqual(['Lee Wong']);
  });
});

describe('row: the stated next-step date passes with no word', () => {
  it.each(ALL)('%s: checks in one business day after it', (playbook) => {
    const result = planCase({ playbook, contacts: [dana], events: [interview('2026-11-10T15:00:00Z', { nextStepDate: '2026-11-20' })], now: '2026-11-13T00:00:00Z' });
    const checkIn = only(result, 'check_in');
    expect([checkIn.channel, checkIn.due.start, checkIn.contact?.name]).toEqual(['email', '2026-11-23T09:00:00-05:00', 'Dana Smith']);
  });

  const places = {
    NY: { timezone: 'America/New_York', country: 'US', region: null },
    London: { timezone: 'Europe/London', country: 'GB', region: 'ENG' },
    Bavaria: { timezone: 'Europe/Berlin', country: 'DE', region: 'BY' },
    Berlin: { timezone: 'Europe/Berlin', country: 'DE', region: 'BE' },
  } as const;
  it.each(ALL.flatMap((p) => [
    [p, 'skips Thanksgiving after a date the day before it', 'NY', '2026-11-25', '2026-11-27T09:00:00-05:00'],
    [p, 'skips the UK Spring bank holiday after a Friday date', 'London', '2026-05-22', '2026-05-26T09:00:00+01:00'],
    [p, 'skips Corpus Christi in Bavaria', 'Bavaria', '2026-06-03', '2026-06-05T09:00:00+02:00'],
    [p, 'keeps Corpus Christi as a working day in Berlin', 'Berlin', '2026-06-03', '2026-06-04T09:00:00+02:00'],
  ] as const))('%s: %s', (playbook, _label, place, nextStepDate, start) => {
    const app = places[place];
    const settings = { timezone: app.timezone, country: app.country, region: app.region };
    const result = planCase({ playbook, app, settings, contacts: [dana], events: [interview('2026-05-20T08:00:00Z', { nextStepDate })], now: '2026-05-21T00:00:00Z' });
    expect(only(result, 'check_in').due.start).toBe(start);
  });
});

describe('row: no date stated, two weeks since the interview', () => {
  it.each(ALL)('%s: calls when a number is known', (playbook) => {
    const withPhone = { ...dana, phone: '+1 212 555 0100', phoneIsDirect: true };
    const result = planCase({ playbook, contacts: [withPhone], events: [anEvent('interview', '2026-11-10T15:00:00Z', { interviewerIds: [dana.id] })], now: '2026-11-13T00:00:00Z' });
    const call = only(result, 'call');
    expect([call.channel, call.contact?.phone, call.due.start]).toEqual(['phone', '+1 212 555 0100', '2026-11-24T09:00:00-05:00']);
    expect(call.sources[0]).toBe('002_18137574c427449c.txt');
  });

  it.each(ALL)('%s: emails when no number is known', (playbook) => {
    const result = planCase({ playbook, contacts: [dana], events: [anEvent('interview', '2026-11-10T15:00:00Z', { interviewerIds: [dana.id] })], now: '2026-11-13T00:00:00Z' });
    expect(only(result, 'check_in').channel).toBe('email');
  });

  it('emails instead of calling when the posting says no calls', () => {
    const withPhone = { ...dana, phone: '+1 212 555 0100', phoneIsDirect: true };
    const noCalls = { noContact: false, noCalls: true, noAgencies: false, onlyShortlistedContacted: false };
    const result = planCase({ app: { policy: noCalls }, contacts: [withPhone], events: [anEvent('interview', '2026-11-10T15:00:00Z', { interviewerIds: [dana.id] })], now: '2026-11-13T00:00:00Z' });
    expect(kinds(result)).not.toContain('call');
  });
});

describe('row: rejection (one reply within 2 business days, never another)', () => {
  const rejected = anEvent('rejection', '2026-11-24T15:00:00Z');
  it.each(ALL)('%s: replies once the next business day', (playbook) => {
    const reply = only(planCase({ playbook, contacts: [dana], events: [rejected], now: '2026-11-24T16:00:00Z' }), 'rejection_reply');
    expect([reply.due.start, reply.expiresAt]).toEqual(['2026-11-25T09:00:00-05:00', '2026-11-27T17:30:00-05:00']);
  });
  it.each(ALL)('%s: never suggests another once it is sent', (playbook) => {
    const sent = anEvent('follow_up_sent', '2026-11-25T15:00:00Z', { actionKind: 'rejection_reply' });
    expect(kinds(planCase({ playbook, contacts: [dana], events: [rejected, sent], now: '2026-11-25T16:00:00Z' }))).toEqual([]);
  });
  it.each(ALL)('%s: skips Thanksgiving after a Wednesday rejection, and keeps it two business days', (playbook) => {
    const wednesday = anEvent('rejection', '2026-11-25T15:00:00Z');
    const reply = only(planCase({ playbook, contacts: [dana], events: [wednesday], now: '2026-11-25T16:00:00Z' }), 'rejection_reply');
    expect([reply.due.start, reply.expiresAt]).toEqual(['2026-11-27T09:00:00-05:00', '2026-11-30T17:30:00-05:00']);
  });
  it('drops the reply after two business days', () => {
    expect(kinds(planCase({ contacts: [dana], events: [rejected], now: '2026-11-28T00:00:00Z' }))).toEqual([]);
  });
});

describe('row: silence after the last follow-up', () => {
  it.each(CHASING)('%s: suggests marking it ghosted 10 business days after the last follow-up', (playbook) => {
    const events = [anEvent('follow_up_sent', '2026-11-09T15:00:00Z'), anEvent('follow_up_sent', '2026-11-17T15:00:00Z')];
    const ghost = only(planCase({ playbook, events }), 'mark_ghosted');
    expect([ghost.channel, ghost.due.start]).toEqual([null, '2026-12-02T09:00:00-05:00']);
  });
  it.each([
    ['counts the silence from a week after applying', '2026-11-02T14:00:00Z', '2026-11-24T09:00:00-05:00'],
    ['crosses the US fall-back and stays at 09:00 EST', '2026-10-12T13:00:00Z', '2026-11-02T09:00:00-05:00'],
  ])('conservative: %s', (_label, appliedAt, start) => {
    expect(only(planCase({ playbook: 'conservative', app: { appliedAt } }), 'mark_ghosted').due.start).toBe(start);
  });
  it.each(ALL)('%s: suggests ghosting 10 business days after an unanswered post-interview check-in', (playbook) => {
    const events = [anEvent('interview', '2026-11-02T15:00:00Z', { interviewerIds: [dana.id] }), anEvent('follow_up_sent', '2026-11-16T15:00:00Z', { actionKind: 'check_in' })];
    expect(only(planCase({ playbook, contacts: [dana], events, now: '2026-11-17T00:00:00Z' }), 'mark_ghosted').due.start).toBe('2026-12-01T09:00:00-05:00');
  });
});

describe('who the chase goes to', () => {
  it('asks the first interviewer, even when another contact has the interviewer role', () => {
    const manager = aContact({ name: 'Pat Kim', role: 'hiring_manager', email: 'pat@acme.io' });
    const result = planCase({ contacts: [manager, lee], events: [anEvent('interview', '2026-11-10T15:00:00Z', { interviewerIds: [manager.id, lee.id], nextStepDate: '2026-11-20' })], now: '2026-11-12T00:00:00Z' });
    expect(only(result, 'check_in').contact?.name).toBe('Pat Kim');
  });
});
