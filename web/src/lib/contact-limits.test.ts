import { describe, expect, it } from 'vitest';
import { OPEN_POLICY } from '../../../src/core/model/application';
import { contactLimits } from './contact-limits';

describe('contactLimits', () => {
  it.each([
    ['warns on both ways for a posting that asks not to be contacted', { noContact: true }, { email: 'The posting asks not to be contacted', phone: 'The posting asks not to be contacted' }],
    ['warns only on the phone for a posting that asks for no calls', { noCalls: true }, { email: null, phone: 'The posting asks for no phone calls' }],
    ['says nothing for an open posting', {}, { email: null, phone: null }],
    ['says nothing for limits that are not about reaching a person', { noAgencies: true, onlyShortlistedContacted: true }, { email: null, phone: null }],
  ])('%s', (_name, policy, expected) => {
    expect(contactLimits({ ...OPEN_POLICY, ...policy })).toEqual(expected);
  });
});
