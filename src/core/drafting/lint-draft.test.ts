import { describe, expect, it } from 'vitest';
import { composeDraft } from './compose-draft';
import { exampleInputFor } from './examples';
import { lintContextFor, lintDraft } from './lint-draft';

describe('lintDraft', () => {
  it('judges a phone follow-up as a call script', () => {
    const input = exampleInputFor('follow_up');
    expect(lintContextFor({ ...input, action: { ...input.action, channel: 'phone' } }).kind).toBe('call');
  });

  it('builds the context from the same facts as the draft', () => {
    expect(lintContextFor(exampleInputFor('thank_you'), '2025-03-18T21:00:00Z')).toEqual({
      kind: 'thank_you',
      step: 1,
      contactName: 'Dana Smith',
      company: 'Acme',
      role: 'Senior Backend Engineer',
      discussed: ['moving billing to event sourcing', 'the on-call rotation'],
      interviewAt: '2025-03-18T15:00:00Z',
      window: { start: '2025-03-18T16:00:00-04:00', end: '2025-03-19T11:00:00-04:00' },
      now: '2025-03-18T21:00:00Z',
    });
  });

  it('flags what the user added to a clean draft', () => {
    const input = exampleInputFor('thank_you');
    const draft = composeDraft(input);
    const edited = { subject: draft.subject, body: `${draft.body}\nP.S. What is the salary range?` };
    expect(lintDraft(input, draft)).toEqual([]);
    expect(lintDraft(input, edited).map((finding) => finding.rule)).toContain('salary');
  });

  it('warns when a follow-up would go out before its window', () => {
    const input = exampleInputFor('follow_up');
    expect(lintDraft(input, composeDraft(input), '2025-03-05T12:00:00Z').map((f) => f.rule)).toEqual([
      'timing',
    ]);
  });

  it("measures a thank-you's lateness from the interview event, not from the end of its window", () => {
    const input = exampleInputFor('thank_you');
    // A window that closed an hour after the interview, as a planner might set it.
    const early = {
      ...input,
      action: { ...input.action, due: { start: '2025-03-18T15:00:00Z', end: '2025-03-18T16:00:00Z' } },
    };
    const draft = composeDraft(early);
    expect(lintDraft(early, draft, '2025-03-18T18:00:00Z')).toEqual([]);
    expect(
      lintDraft(early, draft, '2025-03-19T21:00:00Z').map((f) => [f.rule, f.severity, f.message]),
    ).toEqual([['timing', 'warning', expect.stringMatching(/send it today/)]]);
  });

  it('has nothing to lint for mark_ghosted, which sends nothing', () => {
    const input = exampleInputFor('mark_ghosted');
    expect(lintDraft(input, { subject: null, body: 'Dear [Name]' })).toEqual([]);
  });
});
