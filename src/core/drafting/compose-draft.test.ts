import { describe, expect, it } from 'vitest';
import { ACTION_KINDS } from '../model';
import { composeDraft } from './compose-draft';
import { EXAMPLE_ACTIONS, exampleInput, exampleInputFor } from './examples';
import { acrossApplications, underApplication } from './test-inputs';

describe('composeDraft', () => {
  it.each(ACTION_KINDS)('drafts a %s of its own kind', (kind) => {
    expect(composeDraft(exampleInputFor(kind)).kind).toBe(kind);
  });

  it.each(EXAMPLE_ACTIONS.map((example) => [example.title, example] as const))(
    'gives the same draft for the same input: %s',
    (_, example) => {
      expect(composeDraft(exampleInput(example))).toEqual(composeDraft(exampleInput(example)));
    },
  );

  it.each(['follow_up', 'thank_you', 'check_in', 'rejection_reply'] as const)(
    'words a %s differently for two applications at the same company with the same facts',
    (kind) => {
      const input = exampleInputFor(kind);
      const [a, b] = [
        composeDraft(underApplication(input, 'app-1')),
        composeDraft(underApplication(input, 'app-2')),
      ];
      expect(a.body).not.toBe(b.body);
    },
  );

  it.each(['follow_up', 'thank_you', 'check_in', 'rejection_reply'] as const)(
    'rarely repeats a %s body across forty applications with the same facts',
    (kind) => {
      const bodies = acrossApplications(exampleInputFor(kind), 40).map((input) => composeDraft(input).body);
      expect(new Set(bodies).size).toBeGreaterThanOrEqual(30);
    },
  );

  it('sends nothing for mark_ghosted, and says so in one line', () => {
    const draft = composeDraft(exampleInputFor('mark_ghosted'));
    expect(draft).toMatchObject({ to: null, subject: null, callScript: null });
    expect(draft.body).toMatch(/^Nothing is sent: .*Senior Backend Engineer role at Acme/);
    expect(draft.body).not.toContain('\n');
  });

  it('addresses an email to the planned contact, filling what the stored contact knows', () => {
    const input = exampleInputFor('follow_up');
    const sparse = {
      ...input,
      action: { ...input.action, contact: { id: 'ct-sam', name: null, email: null, phone: null } },
    };
    expect(composeDraft(sparse).to).toEqual({
      name: 'Sam Lee',
      email: 'sam.lee@acme.io',
      phone: '+1 212 555 0142',
    });
  });

  it('adds a call script as the alternative to an email follow-up with a direct line', () => {
    const draft = composeDraft(exampleInputFor('follow_up'));
    expect(draft.subject).not.toBeNull();
    expect(draft.body).toMatch(/^Hello Sam,|^Dear Sam,/);
    expect(draft.callScript?.branches).toHaveLength(3);
  });

  it('cites the seeds of the draft and of the planned action, once each and sorted', () => {
    expect(composeDraft(exampleInputFor('thank_you')).sources).toEqual([
      '001_90e59ee9bbcac68f.txt',
      '003_97cdc118eb895198.txt',
      '004_6a6556feb76f7cb0.txt',
    ]);
  });

  it('changes sentences rather than leaving gaps when the profile is empty', () => {
    const input = exampleInputFor('follow_up');
    const empty = {
      ...input,
      profile: { name: '', signature: '', headline: '', strengths: [], recentAchievement: null, links: [] },
    };
    const { body } = composeDraft(empty);
    expect(body).toMatch(/(Best regards|Kind regards|Best wishes|All the best)\.$/);
    expect(body).not.toMatch(/,\s*$|\s,|:\s*\./);
  });

  it.each(['follow_up', 'check_in', 'rejection_reply', 'thank_you'] as const)(
    'drops the legal suffix from the company in the greeting and the prose of a %s',
    (kind) => {
      const input = exampleInputFor(kind);
      for (const variant of acrossApplications(
        {
          ...input,
          application: { ...input.application, company: 'Initech LLC' },
          action: { ...input.action, contact: null },
        },
        8,
      )) {
        const { body, subject } = composeDraft(variant);
        expect(`${subject ?? ''}\n${body}`).not.toMatch(/LLC/);
      }
    },
  );

  it.each(['follow_up', 'check_in', 'rejection_reply'] as const)(
    'never thanks twice in a row at the end of a %s signed without a closing line',
    (kind) => {
      const input = exampleInputFor(kind);
      for (const variant of acrossApplications({
        ...input,
        profile: { ...input.profile, signature: 'Alex Doe' },
      })) {
        expect(composeDraft(variant).body).not.toMatch(/thank[^\n]*\n\n(?:With thanks|Thanks|Many thanks)/i);
      }
    },
  );
});
