import { describe, expect, it } from 'vitest';
import { OPEN_POLICY } from '../model';
import { DEFAULT_SETTINGS, planApplication } from '../planner';
import { composeDraft, confirmsReceipt } from './compose-draft';
import { EXAMPLE_APPLICATION, EXAMPLE_CONTACTS, EXAMPLE_EVENTS, exampleInputFor } from './examples';
import { lintDraft } from './lint-draft';
import { acrossApplications } from './test-inputs';

const planned = exampleInputFor('follow_up', { confirmReceipt: true });
const balanced = exampleInputFor('follow_up');

/** The first action the planner makes for the example application under a playbook and a posting policy. */
function plannedFollowUp(playbook: 'persistent' | 'balanced', onlyShortlistedContacted: boolean) {
  const application = { ...EXAMPLE_APPLICATION, playbook, policy: { ...OPEN_POLICY, onlyShortlistedContacted } };
  const events = EXAMPLE_EVENTS.filter((event) => event.kind === 'applied');
  const settings = { ...DEFAULT_SETTINGS, timezone: 'America/New_York', country: 'US', region: 'NY' };
  const plan = planApplication(application, events, EXAMPLE_CONTACTS, settings, '2025-03-03T14:00:00Z');
  const action = plan.actions.find((candidate) => candidate.kind === 'follow_up');
  if (action === undefined) throw new Error('the planner made no follow-up');
  return { ...balanced, application, events, action };
}

describe('confirming receipt (001)', () => {
  it.each([
    ['the planner rule that asks for it', planned, true],
    ['a hand-made action with that rule', { ...balanced, action: { ...balanced.action, rule: 'follow_up.confirm_receipt' } }, true],
    ['a balanced first follow-up', balanced, false],
    ['a conservative user playbook, which plans no such follow-up', { ...balanced, playbook: 'conservative' as const }, false],
    [
      'a conservative application override',
      { ...balanced, application: { ...balanced.application, playbook: 'conservative' as const } },
      false,
    ],
    ['a second follow-up', { ...planned, action: { ...planned.action, step: 2 } }, false],
  ])('is the first touch for %s: %s', (_, input, expected) => {
    expect(confirmsReceipt(input)).toBe(expected);
  });

  it.each([
    ['persistent', true],
    ['balanced', true],
    ['persistent', false],
    ['balanced', false],
  ] as const)('drafts the %s planner follow-up as a confirmation of receipt only when only the shortlisted hear back (%s)', (playbook, shortlist) => {
    const input = plannedFollowUp(playbook, shortlist);
    expect(input.action.rule).toBe(shortlist ? 'follow_up.confirm_receipt' : 'follow_up.first');
    const body = composeDraft(input).body;
    expect(/reached you|arrived safely|came through/.test(body)).toBe(shortlist);
    expect(/other information/.test(body)).toBe(shortlist);
  });

  it.each(acrossApplications(planned).map((input) => [input.application.id, input] as const))(
    'asks whether the application arrived and offers other information (%s)',
    (_, input) => {
      const draft = composeDraft(input);
      expect(draft.body).toMatch(/reached you|arrived safely|came through/);
      expect(draft.body).toMatch(/confirm/);
      expect(draft.body).toMatch(/other information/);
      expect(draft.body).toContain('Senior Backend Engineer');
      expect(lintDraft(input, draft)).toEqual([]);
    },
  );

  it('does not press a strength on them', () => {
    expect(composeDraft(planned).body).not.toMatch(/posting|strongest/);
  });
});
