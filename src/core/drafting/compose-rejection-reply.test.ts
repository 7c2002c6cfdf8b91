import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose-draft';
import { exampleInputFor } from './examples';
import { lintDraft } from './lint-draft';
import { acrossApplications } from './test-inputs';

const example = exampleInputFor('rejection_reply');

describe('rejection reply', () => {
  it.each(acrossApplications(example, 30).map((input) => [input.application.id, input] as const))(
    'thanks them, stays open to future roles and asks for exactly one improvement (%s)',
    (_, input) => {
      const draft = composeDraft(input);
      const questions = draft.body.match(/[^.?!\n]*\?/g) ?? [];
      expect(questions).toHaveLength(1);
      expect(questions[0]).toMatch(/\bone (thing|change)\b/);
      expect(draft.body).toMatch(/Thank you for (letting me know|getting back to me)/);
      expect(draft.body).toMatch(/future (roles|openings)/);
      expect(lintDraft(input, draft)).toEqual([]);
    },
  );

  it('does not argue with the decision or ask them to reconsider', () => {
    expect(composeDraft(example).body).not.toMatch(/reconsider|disappoint|unfair|why/i);
  });
});
