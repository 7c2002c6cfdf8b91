import { describe, expect, it } from 'vitest';
import { PLAYBOOKS } from '../../../src/core/planner/playbooks';
import { delayInputsOf, delayOverrides } from './follow-up-delays';

const balanced = PLAYBOOKS.balanced.params;
const conservative = PLAYBOOKS.conservative.params;

describe('delayOverrides', () => {
  it('keeps the playbook default when both fields of a follow-up are empty', () => {
    expect(delayOverrides({ firstMin: '', firstMax: ' ' }, balanced)).toEqual({});
  });

  it('moves the first follow-up, keeping the preferred weekdays', () => {
    expect(delayOverrides({ firstMin: '8', firstMax: '10' }, balanced)).toEqual({ firstFollowUp: { minBusinessDays: 8, maxBusinessDays: 10, preferredWeekdays: [1, 2] } });
  });

  it('fills the other bound from the default, never making the range run backwards', () => {
    expect(delayOverrides({ firstMin: '9' }, balanced).firstFollowUp).toMatchObject({ minBusinessDays: 9, maxBusinessDays: 9 });
    expect(delayOverrides({ firstMax: '3' }, balanced).firstFollowUp).toMatchObject({ minBusinessDays: 3, maxBusinessDays: 3 });
  });

  it('keeps the second follow-up’s anchor and gap', () => {
    expect(delayOverrides({ secondMin: '12', secondMax: '15' }, balanced).secondFollowUp).toEqual({ ...balanced.secondFollowUp, minBusinessDays: 12, maxBusinessDays: 15 });
  });

  it('gives a playbook without follow-ups one when the user asks for it', () => {
    expect(delayOverrides({ firstMin: '5', firstMax: '7' }, conservative)).toEqual({ firstFollowUp: { minBusinessDays: 5, maxBusinessDays: 7, preferredWeekdays: [1, 2] } });
  });
});

describe('delayInputsOf', () => {
  it('shows the user’s own delays and leaves the defaults empty', () => {
    expect(delayInputsOf({ firstFollowUp: { minBusinessDays: 8, maxBusinessDays: 10, preferredWeekdays: [1] } })).toEqual({ firstMin: '8', firstMax: '10' });
    expect(delayInputsOf({})).toEqual({});
  });
});
