import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AppEvent, Contact } from '../model';
import { composeDraft } from './compose-draft';
import { EXAMPLE_EVENTS, exampleInputFor } from './examples';
import type { DraftInput } from './types';

const example = exampleInputFor('thank_you');
const word = fc.stringMatching(/^[a-z]{3,9}$/);
const point = fc.oneof(
  fc.constantFrom('moving billing to event sourcing', 'the on-call rotation', 'tuning our Postgres clusters'),
  fc.array(word, { minLength: 2, maxLength: 6 }).map((words) => words.join(' ')),
);

/** The thank-yous to every interviewer of one interview: the same facts, one action each. */
function siblings(
  appId: string,
  count: number,
  discussed: string[],
  nextStepDate: string | null,
): DraftInput[] {
  const people: Contact[] = Array.from({ length: count }, (_, i) => ({
    ...(example.contacts[0] as Contact),
    id: `ct-${i}`,
    applicationId: appId,
    name: ['Dana Smith', 'Priya Patel', 'Sam Lee', 'Jo Park'][i] ?? `Person ${i}`,
    email: `p${i}@acme.io`,
  }));
  const interview: AppEvent = {
    ...(EXAMPLE_EVENTS[1] as Extract<AppEvent, { kind: 'interview' }>),
    applicationId: appId,
    data: { interviewerIds: people.map((p) => p.id), discussed, nextStepDate },
  };
  return people.map((person, i) => ({
    ...example,
    application: { ...example.application, id: appId },
    contacts: people,
    events: [interview],
    action: {
      ...example.action,
      id: `${appId}-ty${i + 1}`,
      applicationId: appId,
      step: i + 1,
      contact: { id: person.id, name: person.name, email: person.email, phone: null },
      context: { interviewEventId: interview.id },
    },
  }));
}

/** The sentences between the greeting and the sign-off, which are the same for every sibling by design. */
function middleSentences(body: string): string[] {
  const paragraphs = body.split('\n\n').slice(1, -1);
  return paragraphs.flatMap((paragraph) => paragraph.split(/(?<=[.!?])\s+/));
}

const LONG = 6;

describe('sibling thank-yous', () => {
  it('never share a sentence of more than six words, for every interviewer of one interview', () => {
    fc.assert(
      fc.property(
        fc.uuid(),
        fc.integer({ min: 2, max: 4 }),
        fc.array(point, { maxLength: 3 }),
        fc.option(fc.constantFrom('2025-03-25', '2025-04-02')),
        (appId, count, discussed, nextStepDate) => {
          const bodies = siblings(appId, count, discussed, nextStepDate).map(
            (input) => composeDraft(input).body,
          );
          const seen = new Map<string, number>();
          bodies.forEach((body, index) => {
            for (const sentence of middleSentences(body)) {
              if (sentence.split(/\s+/).length <= LONG) continue;
              const other = seen.get(sentence);
              expect(
                other === undefined || other === index,
                `"${sentence}" in drafts ${other} and ${index}`,
              ).toBe(true);
              seen.set(sentence, index);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
