import { describe, expect, it } from 'vitest';
import { CALL_OUTCOMES } from '../model';
import { composeDraft } from './compose-draft';
import { exampleInputFor } from './examples';
import { lintDraft } from './lint-draft';
import type { DraftInput } from './types';

const afterInterview = exampleInputFor('call');
const afterApplication: DraftInput = {
  ...afterInterview,
  events: afterInterview.events.filter((e) => e.kind !== 'interview'),
  action: { ...afterInterview.action, context: {} },
};
const phoneFollowUp: DraftInput = {
  ...exampleInputFor('follow_up'),
  action: { ...exampleInputFor('follow_up').action, channel: 'phone' },
};

describe('call script', () => {
  it.each([
    ['after an interview', afterInterview],
    ['after an application', afterApplication],
    ['for a phone follow-up', phoneFollowUp],
  ])('shows all three branches of 003 %s, each with what to say and ask', (_, input) => {
    const draft = composeDraft(input);
    expect(draft.subject).toBeNull();
    expect(draft.callScript?.branches.map((branch) => branch.id)).toEqual([
      'not_seen',
      'declined',
      'shortlisted',
    ]);
    for (const branch of draft.callScript?.branches ?? []) {
      expect(branch.say.length).toBeGreaterThan(10);
      expect(branch.ask).toMatch(/\?$/);
      expect(draft.body).toContain(branch.say);
      expect(draft.body).toContain(branch.ask);
    }
    expect(lintDraft(input, draft)).toEqual([]);
  });

  it.each([
    [
      'after an application',
      afterApplication,
      /If they have not seen it: They have not seen[\s\S]*If they have decided no[\s\S]*If you are on the shortlist/,
    ],
    [
      'after an interview',
      afterInterview,
      /If they have not decided yet: They have not reached a decision[\s\S]*If they have decided no[\s\S]*If you are moving forward/,
    ],
  ])('heads the branches in words that fit the call %s', (_, input, expected) => {
    const { body } = composeDraft(input);
    expect(body).toMatch(expected);
    if (input === afterInterview)
      expect(body).not.toMatch(/If they have not seen it|If you are on the shortlist/);
  });

  it('pitches the headline as a sentence when no strength matches the posting', () => {
    const input = {
      ...afterApplication,
      application: { ...afterApplication.application, postingText: 'We sell shoes.' },
      profile: { ...afterApplication.profile, strengths: ['Figma'] },
    };
    const { body } = composeDraft(input);
    expect(body).not.toContain('Backend engineer, 6 years');
    expect(body).toMatch(/(?:As|I am) a backend engineer with 6 years in payments/);
  });

  it('opens with who is calling and why, and closes with thanks', () => {
    const script = composeDraft(afterApplication).callScript;
    expect(script?.opening).toMatch(
      /^Hello Sam, this is Alex Doe\. I applied for the Senior Backend Engineer role at Acme on 3 March/,
    );
    expect(script?.closing).toMatch(/^Thank/);
  });

  it('asks for one improvement in the declined branch, and for the next steps on the shortlist', () => {
    const branches = composeDraft(afterApplication).callScript?.branches ?? [];
    expect(branches[1]?.ask).toMatch(/one thing/);
    expect(branches[2]?.ask).toMatch(/next steps/);
  });

  it('lists the outcomes to record and says so at the end of the script', () => {
    const draft = composeDraft(afterInterview);
    expect(draft.callScript?.outcomes).toEqual([...CALL_OUTCOMES]);
    expect(draft.body.split('\n').at(-1)).toMatch(/^Afterwards, record the outcome .*what you learnt\.$/);
  });

  it('asks for the person hiring when nobody is named', () => {
    const input = { ...afterApplication, action: { ...afterApplication.action, contact: null } };
    expect(composeDraft(input).callScript?.opening).toMatch(
      /^Hello, this is Alex Doe\..*ask for the person hiring for the Senior Backend Engineer role\.$/,
    );
  });

  it('calls the phone number offered as the alternative', () => {
    expect(composeDraft(phoneFollowUp).to?.phone).toBe('+1 212 555 0142');
    expect(composeDraft(phoneFollowUp).body).toContain('Call Sam Lee on +1 212 555 0142');
  });
});
