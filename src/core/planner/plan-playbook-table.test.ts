import { describe, expect, it } from 'vitest';
import { aContact, anEvent } from '../../../test/support/builders';
import { ALL, CHASING, kinds, only, planCase } from './plan-test-kit';

const NY = { timezone: 'America/New_York', country: 'US', region: null };
const LONDON = { timezone: 'Europe/London', country: 'GB', region: 'ENG' };

describe('row: first follow-up after applying (5–7 business days, Mon/Tue morning)', () => {
  it.each(CHASING.flatMap((p) => [
    [p, 'lands on the Monday a week after a Monday application', NY, '2026-11-02T14:00:00Z', '2026-11-09T09:00:00-05:00'],
    [p, 'skips Veterans Day and picks the Monday in range', NY, '2026-11-04T14:00:00Z', '2026-11-16T09:00:00-05:00'],
    [p, 'skips Thanksgiving and picks the Monday after', NY, '2026-11-18T14:00:00Z', '2026-11-30T09:00:00-05:00'],
    [p, 'crosses the US spring-forward and opens at 09:00 EDT', NY, '2026-03-02T14:00:00Z', '2026-03-09T09:00:00-04:00'],
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

  it('conservative: none', () => {
    expect(kinds(planCase({ playbook: 'conservative', events: [firstSent] }))).not.toContain('follow_up2');
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
  it('conservative: zero before an interview', () => {
    expect(kinds(planCase({ playbook: 'conservative' }))).not.toContain('follow_up');
  });
});

describe('row: posting says do not contact', () => {
  it.each(ALL)('%s: plans no follow-up before an interview and says why', (playbook) => {
    const result = planCase({ playbook, app: { policy: { noContact: true, noCalls: true, noAgencies: false, onlyShortlistedContacted: false } } });
    expect(result.actions.filter((a) => a.channel !== null)).toEqual([]);
    expect(result.notes.find((n) => n.rule === 'follow_up.first')?.message).toMatch(/asks not to be contacted/);
  });
  it.each(ALL)('%s: still thanks the interviewer after an interview', (playbook) => {
    const dana = aContact({ role: 'interviewer' });
    const result = planCase({
      playbook,
      app: { policy: { noContact: true, noCalls: false, noAgencies: false, onlyShortlistedContacted: false } },
      contacts: [dana],
      events: [anEvent('interview', '2026-11-17T15:00:00Z', { interviewerIds: [dana.id] })],
      now: '2026-11-17T16:00:00Z',
    });
    expect(kinds(result)).toContain('thank_you');
  });
});

describe('row: posting gives a decision date', () => {
  it.each(CHASING)('%s: waits until one business day after it (Fri 20 Nov → Mon 23 Nov)', (playbook) => {
    const fu = only(planCase({ playbook, app: { decisionBy: '2026-11-20' } }), 'follow_up');
    expect(fu.due.start).toBe('2026-11-23T09:00:00-05:00');
    expect(fu.sources).toContain('001_90e59ee9bbcac68f.txt');
  });
  it.each(CHASING)('%s: skips Thanksgiving when the decision date is the day before', (playbook) => {
    expect(only(planCase({ playbook, app: { decisionBy: '2026-11-25' } }), 'follow_up').due.start).toBe('2026-11-27T09:00:00-05:00');
  });
  it('conservative: counts the silence from the business day after it', () => {
    const ghost = only(planCase({ playbook: 'conservative', app: { decisionBy: '2026-11-20' } }), 'mark_ghosted');
    // Mon 23 Nov plus ten business days, skipping Thanksgiving.
    expect(ghost.due.start).toBe('2026-12-08T09:00:00-05:00');
  });
});
