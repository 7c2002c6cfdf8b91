import { describe, expect, it } from 'vitest';
import { composeDraft, confirmsReceipt } from './compose-draft';
import { exampleInputFor } from './examples';
import { lintDraft } from './lint-draft';
import { acrossApplications } from './test-inputs';

const conservative = exampleInputFor('follow_up', { conservative: true });
const balanced = exampleInputFor('follow_up');

describe('confirming receipt (001)', () => {
  it.each([
    ['a conservative user playbook', conservative, true],
    [
      'a conservative application override',
      { ...balanced, application: { ...balanced.application, playbook: 'conservative' as const } },
      true,
    ],
    [
      'a planner rule that asks for it',
      { ...balanced, action: { ...balanced.action, rule: 'follow_up.confirm_receipt' } },
      true,
    ],
    ['a balanced playbook', balanced, false],
    ['a second follow-up', { ...conservative, action: { ...conservative.action, step: 2 } }, false],
  ])('is the first touch for %s: %s', (_, input, expected) => {
    expect(confirmsReceipt(input)).toBe(expected);
  });

  it.each(acrossApplications(conservative).map((input) => [input.application.id, input] as const))(
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
    expect(composeDraft(conservative).body).not.toMatch(/posting|strongest/);
  });
});
