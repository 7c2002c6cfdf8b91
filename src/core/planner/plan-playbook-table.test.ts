import { describe, expect, it } from 'vitest';
import { aContact, anEvent } from '../../../test/support/builders';
import { ALL, CHASING, kinds, only, planCase } from './plan-test-kit';

const NY = { timezone: 'America/New_York', country: 'US', region: null };
const LONDON = { timezone: 'Europe/London', country: 'GB', region: 'ENG' };
const BAVARIA = { timezone: 'Europe/Berlin', country: 'DE', region: 'BY' };
const BERLIN = { timezone: 'Europe/Berlin', country: 'DE', region: 'BE' };

describe('row: first follow-up after applying (5–7 business days, Mon/Tue morning)', () => {
  it.each(CHASING.flatMap((p) => [
    [p, 'lands on the Monday a week after a Monday application', NY, '2026-11-02T14:00:00Z', '2026-11-09T09:00:00-05:00'],
    [p, 'skips Veterans Day and picks the Monday in range', NY, '2026-11-04T14:00:00Z', '2026-11-16T09:00:00-05:00'],
    [p, 'skips Thanksgiving and picks the Monday after', NY, '2026-11-18T14:00:00Z', '2026-11-30T09:00:00-05:00'],
    [p, 'crosses the US spring-forward and opens at 09:00 EDT', NY, '2026-03-02T14:00:00Z', '2026-03-09T09:00:00-04:00'],
    [p, 'crosses the US fall-back (1 Nov) and opens at 09:00 EST', NY, '2026-10-26T13:00:00Z', '2026-11-02T09:00:00-05:00'],
    [p, 'crosses the European spring-forward (29 Mar) and opens at 09:00 BST', LONDON, '2026-03-23T10:00:00Z', '2026-03-30T09:00:00+01:00'],
    [p, 'crosses the European fall-back (25 Oct) and opens at 09:00 CET', BERLIN, '2026-10-19T08:00:00Z', '2026-10-26T09:00:00+01:00'],
    [p, 'skips Corpus Christi in Bavaria and reaches the Monday in range', BAVARIA, '2026-05-27T08:00:00Z', '2026-06-08T09:00:00+02:00'],
    [p, 'keeps Corpus Christi as a working day in Berlin, with no Monday in range', BERLIN, '2026-05-27T08:00:00Z', '2026-06-03T09:00:00+02:00'],
    [p, 'skips the UK Spring bank holiday and picks Monday 09:00 BST', LONDON, '2026-05-20T10:00:00Z', '2026-06-01T09:00:00+01:00'],
    [p, 'takes the first day in range when it holds no Monday or Tuesday', NY, '2026-12-02T14:00:00Z', '2026-12-09T09:00:00-05:00'],
  ] as const))('%s: %s', (playbook, _label, place, appliedAt, start) => {
    const settings = { timezone: place.timezone, country: place.country, region: place.region };
    const fu = only(planCase({ playbook, app: { ...place, appliedAt }, settings }), 'follow_up');
    expect(fu.step).toBe(1);
    expect(fu.due.start).toBe(start);
    expect(fu.sources).toContain('003_97cdc118eb895198.txt');
  });

  it('conservative: plans no follow-up before an interview, only a ghosting check, and says why', () => {
    const result = planCase({ playbook: 'conservative' });
    expect(kinds(result)).toEqual(['mark_ghosted']);
    expect(result.notes.map((n) => n.sources).flat()).toContain('002_18137574c427449c.txt');
  });
});

describe('row: second follow-up', () => {
  const firstSent = anEvent('follow_up_sent', '2026-11-10T15:00:00Z', { step: 1 });
  it.each([
    ['persistent', 'comes 3–5 business days after the first, on the Monday', '2026-11-16T09:00:00-05:00'],
    ['balanced', 'comes about two weeks after applying', '2026-11-17T09:00:00-05:00'],
  ] as const)('%s: %s', (playbook, _label, start) => {
    const fu = only(planCase({ playbook, events: [firstSent] }), 'follow_up');
    expect([fu.step, fu.due.start]).toEqual([2, start]);
  });

  it('balanced: keeps at least 3 business days after a late first follow-up', () => {
    const late = anEvent('follow_up_sent', '2026-11-16T15:00:00Z');
    expect(only(planCase({ playbook: 'balanced', events: [late] }), 'follow_up').due.start).toBe('2026-11-19T09:00:00-05:00');
  });

  it('conservative: none, even after a follow-up the user sent anyway, and the plan says why', () => {
    const result = planCase({ playbook: 'conservative', events: [firstSent] });
    expect(result.actions.filter((a) => a.kind === 'follow_up')).toEqual([]);
    expect(result.notes.find((n) => n.rule === 'follow_up.first')?.message).toMatch(/conservative playbook does not chase/);
  });
});

describe('row: 1st follow-up after applying, with the user’s own delay', () => {
  it.each(CHASING)('%s: quotes the delay it plans with, not the playbook default', (playbook) => {
    const settings = { playbookOverrides: { [playbook]: { firstFollowUp: { minBusinessDays: 8, maxBusinessDays: 10, preferredWeekdays: [1, 2] } } } };
    expect(planCase({ playbook }).actions[0]?.reason).toContain('5–7 business days later');
    const moved = planCase({ playbook, settings }).actions.find((a) => a.kind === 'follow_up');
    expect(moved?.reason).toContain('8–10 business days later');
  });
});

describe('row: cap on unanswered follow-ups', () => {
  const two = [anEvent('follow_up_sent', '2026-11-10T15:00:00Z'), anEvent('follow_up_sent', '2026-11-17T15:00:00Z')];
  it.each(CHASING)('%s: stops after two unanswered follow-ups', (playbook) => {
    expect(kinds(planCase({ playbook, events: two }))).toEqual(['mark_ghosted']);
  });
  it.each(CHASING)('%s: honours a cap of one set by the user', (playbook) => {
    const settings = { playbookOverrides: { [playbook]: { maxUnansweredFollowUps: 1 } } };
    const result = planCase({ playbook, events: two.slice(0, 1), settings });
    expect(kinds(result)).toEqual(['mark_ghosted']);
    expect(result.notes.map((n) => n.rule)).toContain('follow_up.cap');
  });
  it('conservative: zero before an interview, even when the user raises the cap', () => {
    const settings = { playbookOverrides: { conservative: { maxUnansweredFollowUps: 2 } } };
    const result = planCase({ playbook: 'conservative', settings });
    expect(result.actions.filter((a) => a.kind === 'follow_up')).toEqual([]);
  });
});

describe('row: posting says do not contact', () => {
  const noContact = { policy: { noContact: true, noCalls: false, noAgencies: false, onlyShortlistedContacted: false } };
  const dana = aContact({ role: 'interviewer', phone: '+1 212 555 0100', phoneIsDirect: true });
  const interviewed = (data: object = {}) => [anEvent('interview', '2026-11-10T15:00:00Z', { interviewerIds: [dana.id], ...data })];

  it.each([
    ['persistent', /no follow-up before an interview/],
    ['balanced', /no follow-up, check-in or call, even after an interview/],
    ['conservative', /no follow-up, check-in or call, even after an interview/],
  ] as const)('%s: plans no follow-up before an interview and says for how long', (playbook, why) => {
    const result = planCase({ playbook, app: noContact, contacts: [dana] });
    expect(kinds(result)).toEqual(['mark_ghosted']);
    expect(result.notes.find((n) => n.rule === 'follow_up.first')?.message).toMatch(why);
  });

  it.each([
    ['persistent', 'checks in after the stated date', { nextStepDate: '2026-11-20' }, ['check_in']],
    ['persistent', 'chases by email, never by phone, two weeks after an interview with no date', {}, ['check_in']],
    ['balanced', 'never checks in, even after the stated date', { nextStepDate: '2026-11-20' }, ['mark_ghosted']],
    ['balanced', 'never calls or emails to chase', {}, ['mark_ghosted']],
    ['conservative', 'never checks in, even after the stated date', { nextStepDate: '2026-11-20' }, ['mark_ghosted']],
    ['conservative', 'never calls or emails to chase', {}, ['mark_ghosted']],
  ] as const)('%s: after an interview, %s', (playbook, _label, data, expected) => {
    const result = planCase({ playbook, app: noContact, contacts: [dana], events: interviewed(data), now: '2026-11-13T00:00:00Z' });
    expect(kinds(result)).toEqual(expected);
    const said = result.notes.some((n) => n.rule === 'interview.chase' && /asks not to be contacted/.test(n.message));
    expect(said).toBe(playbook !== 'persistent');
  });

  it.each(['balanced', 'conservative'] as const)('%s: suggests ghosting ten business days after the check-in it held back', (playbook) => {
    const result = planCase({ playbook, app: noContact, contacts: [dana], events: interviewed({ nextStepDate: '2026-11-20' }), now: '2026-11-13T00:00:00Z' });
    // The check-in would have been Mon 23 Nov; ten business days on, skipping Thanksgiving, is Tue 8 Dec.
    expect(only(result, 'mark_ghosted').due.start).toBe('2026-12-08T09:00:00-05:00');
  });

  it.each(ALL)('%s: still thanks the interviewer after an interview', (playbook) => {
    const events = [anEvent('interview', '2026-11-17T15:00:00Z', { interviewerIds: [dana.id] })];
    const result = planCase({ playbook, app: noContact, contacts: [dana], events, now: '2026-11-17T16:00:00Z' });
    expect(kinds(result).filter((k) => k === 'thank_you')).toEqual(['thank_you']);
  });

  it.each([
    ['persistent', 'replies to a rejection after an interview', true, ['rejection_reply']],
    ['balanced', 'replies to a rejection after an interview', true, ['rejection_reply']],
    ['conservative', 'replies to a rejection after an interview', true, ['rejection_reply']],
    ['persistent', 'does not reply to a rejection without an interview', false, []],
    ['balanced', 'does not reply to a rejection without an interview', false, []],
    ['conservative', 'does not reply to a rejection without an interview', false, []],
  ] as const)('%s: %s', (playbook, _label, hadInterview, expected) => {
    const events = [...(hadInterview ? interviewed() : []), anEvent('rejection', '2026-11-24T15:00:00Z')];
    const result = planCase({ playbook, app: noContact, contacts: [dana], events, now: '2026-11-24T16:00:00Z' });
    expect(kinds(result)).toEqual(expected);
  });
});

describe('row: posting says only shortlisted candidates will be contacted', () => {
  const shortlist = { policy: { noContact: false, noCalls: false, noAgencies: false, onlyShortlistedContacted: true } };
  const firstSent = anEvent('follow_up_sent', '2026-11-10T15:00:00Z', { step: 1 });
  const noSecond = /only shortlisted candidates.*nothing more is needed until they call you for an interview/;

  it.each([
    ['persistent', ['follow_up']],
    ['balanced', ['follow_up']],
    ['conservative', ['mark_ghosted']],
  ] as const)('%s: plans at most one note confirming receipt, on the usual first day', (playbook, expected) => {
    const result = planCase({ playbook, app: shortlist });
    expect(kinds(result)).toEqual(expected);
    const fu = result.actions.find((a) => a.kind === 'follow_up');
    expect(fu && [fu.step, fu.rule, fu.due.start, fu.sources.includes('001_90e59ee9bbcac68f.txt')]).toEqual(
      playbook === 'conservative' ? undefined : [1, 'follow_up.confirm_receipt', '2026-11-09T09:00:00-05:00', true],
    );
  });

  it.each([
    ['persistent', noSecond],
    ['balanced', noSecond],
    ['conservative', /conservative playbook does not chase/],
  ] as const)('%s: plans no second follow-up once it is sent, only a ghosting check, and says why', (playbook, why) => {
    const result = planCase({ playbook, app: shortlist, events: [firstSent] });
    expect(kinds(result)).toEqual(['mark_ghosted']);
    expect(result.notes.map((n) => n.message).join('\n')).toMatch(why);
  });

  it.each(CHASING)('%s: counts the silence from the note confirming receipt', (playbook) => {
    // Tue 10 Nov plus ten business days, skipping Veterans Day.
    expect(only(planCase({ playbook, app: shortlist, events: [firstSent] }), 'mark_ghosted').due.start).toBe('2026-11-25T09:00:00-05:00');
  });

  it.each(CHASING)('%s: sends no second confirmation after they reply', (playbook) => {
    const replied = anEvent('reply', '2026-11-10T15:00:00Z');
    const result = planCase({ playbook, app: shortlist, events: [replied] });
    expect(kinds(result)).toEqual(['mark_ghosted']);
    expect(result.notes.find((n) => n.rule === 'follow_up.first')?.message).toMatch(/They have replied/);
  });
});

describe('row: posting gives a decision date', () => {
  it.each(CHASING)('%s: waits until one business day after it (Fri 20 Nov → Mon 23 Nov)', (playbook) => {
    const fu = only(planCase({ playbook, app: { decisionBy: '2026-11-20' } }), 'follow_up');
    expect(fu.due.start).toBe('2026-11-23T09:00:00-05:00');
    expect(fu.sources).toContain('001_90e59ee9bbcac68f.txt');
  });
  it.each([
    ['persistent', '2026-11-27T09:00:00-05:00'],
    ['balanced', '2026-11-27T09:00:00-05:00'],
    ['conservative', null],
  ] as const)('%s: skips Thanksgiving after a decision date the day before it, if it follows up at all', (playbook, start) => {
    const result = planCase({ playbook, app: { decisionBy: '2026-11-25' } });
    expect(result.actions.find((a) => a.kind === 'follow_up')?.due.start ?? null).toBe(start);
  });
  it('conservative: counts the silence from the business day after it', () => {
    const ghost = only(planCase({ playbook: 'conservative', app: { decisionBy: '2026-11-20' } }), 'mark_ghosted');
    // Mon 23 Nov plus ten business days, skipping Thanksgiving.
    expect(ghost.due.start).toBe('2026-12-08T09:00:00-05:00');
  });
});
