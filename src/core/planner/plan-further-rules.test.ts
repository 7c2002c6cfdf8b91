import { describe, expect, it } from 'vitest';
import { aContact, anEvent } from '../../../test/support/builders';
import { kinds, only, planCase } from './plan-test-kit';

const dana = aContact({ name: 'Dana Smith', role: 'hiring_manager', email: 'dana@acme.io' });
const sam = aContact({ name: 'Sam Lee', role: 'recruiter', email: 'sam@acme.io' });
const firstSent = anEvent('follow_up_sent', '2026-11-09T15:00:00Z');

describe('replies', () => {
  it('restarts the chain from a human reply, with new action ids', () => {
    const reply = anEvent('reply', '2026-11-12T15:00:00Z');
    const fu = only(planCase({ contacts: [dana], events: [firstSent, reply] }), 'follow_up');
    expect([fu.id, fu.step, fu.due.start]).toEqual(['app1-fu1r1', 1, '2026-11-23T09:00:00-05:00']);
  });

  it('does not treat an auto-reply as an answer', () => {
    const auto = anEvent('auto_reply', '2026-11-09T16:00:00Z');
    expect(planCase({ contacts: [dana], events: [firstSent, auto] }).actions).toEqual(
      planCase({ contacts: [dana], events: [firstSent] }).actions,
    );
  });

  it('moves the next action past an out-of-office return date', () => {
    const away = anEvent('auto_reply', '2026-11-09T16:00:00Z', { returnDate: '2026-11-30' });
    const fu = only(planCase({ contacts: [dana], events: [firstSent, away] }), 'follow_up');
    expect(fu.due.start).toBe('2026-12-01T09:00:00-05:00');
    expect(fu.reason).toMatch(/out-of-office/);
  });

  it('reopens a ghosted application when they write', () => {
    const events = [anEvent('ghosted', '2026-11-20T15:00:00Z'), anEvent('reply', '2026-11-23T15:00:00Z')];
    expect(kinds(planCase({ contacts: [dana], events }))).toEqual(['follow_up']);
  });
});

describe('addresses and channels', () => {
  it('writes to another contact when an address bounced', () => {
    const bounce = anEvent('bounce', '2026-11-03T15:00:00Z', { address: 'DANA@acme.io', hard: true });
    expect(only(planCase({ contacts: [dana, sam], events: [bounce] }), 'follow_up').contact?.name).toBe('Sam Lee');
  });

  it('asks for an address when the only one bounced', () => {
    const bounce = anEvent('bounce', '2026-11-03T15:00:00Z', { address: 'dana@acme.io', hard: true });
    const fu = only(planCase({ contacts: [dana], events: [bounce] }), 'follow_up');
    expect([fu.contact, fu.reason]).toEqual([null, expect.stringMatching(/Add a contact/)]);
  });

  it('keeps an address after a soft bounce', () => {
    const soft = anEvent('bounce', '2026-11-03T15:00:00Z', { address: 'dana@acme.io', hard: false });
    expect(only(planCase({ contacts: [dana], events: [soft] }), 'follow_up').contact?.name).toBe('Dana Smith');
  });

  it.each([
    ['offers a direct line as an alternative to the email', { phone: '+1 212 555 0100', phoneIsDirect: true }, {}, '+1 212 555 0100'],
    ['does not offer a switchboard number', { phone: '+1 212 555 0100', phoneIsDirect: false }, {}, null],
    ['does not offer the phone when the posting says no calls', { phone: '+1 212 555 0100', phoneIsDirect: true }, { noCalls: true }, null],
  ])('%s', (_label, phone, policy, expected) => {
    const app = { policy: { noContact: false, noCalls: false, noAgencies: false, onlyShortlistedContacted: false, ...policy } };
    const fu = only(planCase({ app, contacts: [{ ...dana, ...phone }] }), 'follow_up');
    expect(fu.alternative?.phone ?? null).toBe(expected);
  });

  it('calls instead when only a phone number is known', () => {
    const fu = only(planCase({ contacts: [{ ...dana, email: null, phone: '+1 212 555 0100' }] }), 'follow_up');
    expect([fu.channel, fu.contact?.phone]).toEqual(['phone', '+1 212 555 0100']);
  });
});

describe('closing stages', () => {
  const interviewed = anEvent('interview', '2026-11-10T15:00:00Z', { interviewerIds: [dana.id] });
  it.each([
    ['an offer', anEvent('offer', '2026-11-11T15:00:00Z')],
    ['a withdrawal', anEvent('withdrawn', '2026-11-11T15:00:00Z')],
  ])('closes the chain after %s', (_label, closing) => {
    const result = planCase({ contacts: [dana], events: [interviewed, closing], now: '2026-11-11T16:00:00Z' });
    expect(kinds(result)).toEqual([]);
    expect(result.notes[0]?.message).toMatch(/nothing more to chase/);
  });

  it('plans nothing before the user applies, and says so', () => {
    const result = planCase({ app: { appliedAt: null } });
    expect([kinds(result), result.notes[0]?.rule]).toEqual([[], 'stage']);
  });
});

describe('what the user did with an action', () => {
  it('moves a snoozed follow-up to the first window after the snooze', () => {
    const snoozed = { actionId: 'app1-fu1', applicationId: 'app1', status: 'snoozed' as const, until: '2026-11-12T00:00:00Z', at: '2026-11-09T15:00:00Z' };
    expect(only(planCase({ contacts: [dana], states: [snoozed] }), 'follow_up').due.start).toBe('2026-11-12T09:00:00-05:00');
  });

  it('moves on to the second follow-up when the first is skipped', () => {
    const skipped = { actionId: 'app1-fu1', applicationId: 'app1', status: 'skipped' as const, at: '2026-11-09T15:00:00Z' };
    const fu = only(planCase({ contacts: [dana], states: [skipped] }), 'follow_up');
    expect([fu.id, fu.step]).toEqual(['app1-fu2', 2]);
  });

  it('gives the same ids and windows every time it plans the same facts', () => {
    const once = planCase({ contacts: [dana, sam], events: [firstSent] });
    expect(planCase({ contacts: [dana, sam], events: [firstSent] })).toEqual(once);
  });
});
