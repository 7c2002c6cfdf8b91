import { describe, expect, it } from 'vitest';
import type { AppEvent, Contact } from '../model';
import { composeDraft } from './compose-draft';
import { EXAMPLE_CONTACTS, EXAMPLE_EVENTS, exampleInputFor } from './examples';
import { lintDraft } from './lint-draft';
import { acrossApplications } from './test-inputs';
import type { DraftInput } from './types';

const example = exampleInputFor('thank_you');

/** An interview logged with one interviewer, "Dana Smith <dana@acme.io>", and the points discussed. */
function interviewWith(discussed: string[], nextStepDate: string | null = null): DraftInput {
  const dana: Contact = {
    ...(EXAMPLE_CONTACTS[1] as Contact),
    id: 'ct-dana-2',
    name: 'Dana Smith',
    email: 'dana@acme.io',
  };
  const interview: AppEvent = {
    ...(EXAMPLE_EVENTS[1] as Extract<AppEvent, { kind: 'interview' }>),
    id: 'ev-2',
    data: { interviewerIds: [dana.id], discussed, nextStepDate },
  };
  return {
    ...example,
    contacts: [dana],
    events: [interview],
    action: {
      ...example.action,
      contact: { id: dana.id, name: dana.name, email: dana.email, phone: null },
      context: { interviewEventId: interview.id },
    },
  };
}

describe('thank-you', () => {
  it.each(
    acrossApplications(interviewWith(['moving billing to event sourcing'])).map(
      (i) => [i.application.id, i] as const,
    ),
  )('is addressed to Dana and mentions event sourcing (%s)', (_, input) => {
    const draft = composeDraft(input);
    expect(draft.to).toEqual({ name: 'Dana Smith', email: 'dana@acme.io', phone: null });
    expect(draft.body.split('\n')[0]).toMatch(/^(Dear|Hi|Hello) Dana,$/);
    expect(draft.body).toContain('moving billing to event sourcing');
    expect(draft.body).toMatch(/Thank you|Many thanks/);
    expect(lintDraft(input, draft)).toEqual([]);
  });

  it('restates the next step and its date when one was given', () => {
    expect(composeDraft(interviewWith(['the roadmap'], '2025-03-25')).body).toContain('by Tuesday 25 March');
  });

  it('looks forward to the next steps without a date when none was given', () => {
    expect(composeDraft(interviewWith(['the roadmap'])).body).toMatch(
      /look forward to (hearing about )?the next steps/,
    );
  });

  it('leaves out discussion points about money and keeps the others', () => {
    const { body } = composeDraft(interviewWith(['salary expectations', 'the testing culture']));
    expect(body).toContain('the testing culture');
    expect(body).not.toMatch(/salary/i);
  });

  it('still thanks, without a discussion sentence, when every point was about money', () => {
    const input = interviewWith(['salary expectations', 'the benefits package']);
    const draft = composeDraft(input);
    expect(draft.body).not.toMatch(/salary|benefits/i);
    expect(lintDraft(input, draft)).toEqual([]);
  });

  it('reiterates fit through a strength related to the discussion', () => {
    expect(composeDraft(interviewWith(['tuning our Postgres clusters'])).body).toMatch(/PostgreSQL tuning/);
  });

  it('reiterates fit through the best posting match when no strength relates to the discussion', () => {
    expect(composeDraft(interviewWith(['the team offsite'])).body).toMatch(/Kafka/);
  });

  it('writes one per interviewer, each addressed by name and worded apart', () => {
    const priya = EXAMPLE_CONTACTS[2] as Contact;
    const toPriya: DraftInput = {
      ...example,
      action: {
        ...example.action,
        id: 'act-thank_you-2',
        step: 2,
        contact: { id: priya.id, name: priya.name, email: priya.email, phone: null },
      },
    };
    const [dana, patel] = [composeDraft(example), composeDraft(toPriya)];
    expect(dana.body).toMatch(/^\w+ Dana,/);
    expect(patel.body).toMatch(/^\w+ Priya,/);
    expect(patel.body.replace('Priya', 'Dana')).not.toBe(dana.body);
  });
});
