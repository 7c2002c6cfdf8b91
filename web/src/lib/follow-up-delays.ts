import type { PlaybookParams } from '../api/types';

/** The four delay fields of the settings form: when the first and second follow-ups are due. */
export type DelayKey = 'firstMin' | 'firstMax' | 'secondMin' | 'secondMax';
export type DelayInputs = Partial<Record<DelayKey, string>>;

type First = NonNullable<PlaybookParams['firstFollowUp']>;
type Second = NonNullable<PlaybookParams['secondFollowUp']>;

/** What a playbook without a first or second follow-up starts from when the user gives it one (003). */
const FIRST_START: First = { minBusinessDays: 5, maxBusinessDays: 7, preferredWeekdays: [1, 2] };
const SECOND_START: Second = { anchor: 'first_follow_up', minBusinessDays: 3, maxBusinessDays: 5, minGapBusinessDays: 3 };

/** The fields as the form shows them: the user's own values, empty where the playbook's default holds. */
export function delayInputsOf(stored: Partial<PlaybookParams>): DelayInputs {
  const inputs: DelayInputs = {};
  if (stored.firstFollowUp) Object.assign(inputs, { firstMin: String(stored.firstFollowUp.minBusinessDays), firstMax: String(stored.firstFollowUp.maxBusinessDays) });
  if (stored.secondFollowUp) Object.assign(inputs, { secondMin: String(stored.secondFollowUp.minBusinessDays), secondMax: String(stored.secondFollowUp.maxBusinessDays) });
  return inputs;
}

const given = (text: string | undefined): number | null => (text !== undefined && text.trim() !== '' ? Number(text) : null);

/**
 * The overrides to save from the fields: a follow-up whose two fields are empty keeps the playbook's
 * default; one field given fills the other from the default, and the weekdays, the anchor and the gap
 * always stay the playbook's.
 *
 * @example
 * delayOverrides({ firstMin: '8' }, balancedDefaults) // { firstFollowUp: { minBusinessDays: 8, maxBusinessDays: 8, preferredWeekdays: [1, 2] } }
 */
export function delayOverrides(inputs: DelayInputs, defaults: Pick<PlaybookParams, 'firstFollowUp' | 'secondFollowUp'>): Partial<Pick<PlaybookParams, 'firstFollowUp' | 'secondFollowUp'>> {
  const out: Partial<Pick<PlaybookParams, 'firstFollowUp' | 'secondFollowUp'>> = {};
  const firstMin = given(inputs.firstMin);
  const firstMax = given(inputs.firstMax);
  if (firstMin !== null || firstMax !== null) {
    const base = defaults.firstFollowUp ?? FIRST_START;
    const min = firstMin ?? Math.min(base.minBusinessDays, firstMax ?? Infinity);
    out.firstFollowUp = { ...base, minBusinessDays: min, maxBusinessDays: firstMax ?? Math.max(base.maxBusinessDays, min) };
  }
  const secondMin = given(inputs.secondMin);
  const secondMax = given(inputs.secondMax);
  if (secondMin !== null || secondMax !== null) {
    const base = defaults.secondFollowUp ?? SECOND_START;
    const min = secondMin ?? Math.min(base.minBusinessDays, secondMax ?? Infinity);
    out.secondFollowUp = { ...base, minBusinessDays: min, maxBusinessDays: secondMax ?? Math.max(base.maxBusinessDays, min) };
  }
  return out;
}
