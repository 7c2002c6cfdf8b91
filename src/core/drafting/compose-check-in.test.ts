import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose-draft';
import { EXAMPLE_CONTACTS, exampleInputFor } from './examples';
import { lintDraft } from './lint-draft';
import { acrossApplications } from './test-inputs';
import type { DraftInput } from './types';

const example = exampleInputFor('check_in');
const withContext = (patch: DraftInput['action']['context'], events = example.events): DraftInput => ({
  ...example,
  events,
  action: { ...example.action, context: { interviewEventId: 'ev-interview', ...patch } },
});
const withoutNextStep = example.events.map((event) =>
  event.kind === 'interview' ? { ...event, data: { ...event.data, nextStepDate: null } } : event,
);

describe('check-in', () => {
  it.each(acrossApplications(example).map((input) => [input.application.id, input] as const))(
    'refers to the timeline they stated and asks politely (%s)',
    (_, input) => {
      const draft = composeDraft(input);
      expect(draft.body).toContain('Tuesday 25 March');
      expect(draft.body.match(/\?/g)).toHaveLength(1);
      expect(lintDraft(input, draft)).toEqual([]);
    },
  );

  it('refers to the posting decision date when no next step was stated', () => {
    const input = {
      ...withContext({ nextStepDate: null }, withoutNextStep),
      application: { ...example.application, decisionBy: '2025-03-28' },
    };
    expect(composeDraft(input).body).toContain('decision by Friday 28 March');
  });

  it('counts the time since the interview when no timeline was stated at all', () => {
    expect(composeDraft(withContext({ nextStepDate: null }, withoutNextStep)).body).toContain(
      'about a week since we spoke',
    );
  });

  it('says "we spoke" only to someone who was in the interview', () => {
    const sam = EXAMPLE_CONTACTS[0];
    const input: DraftInput = {
      ...example,
      action: {
        ...example.action,
        contact: sam ? { id: sam.id, name: sam.name, email: sam.email, phone: sam.phone } : null,
      },
    };
    const { body } = composeDraft(input);
    expect(body).toMatch(/^\w+ Sam,/);
    expect(body).not.toMatch(/we spoke|our interview/);
    expect(body).toContain('After my interview');
  });
});
