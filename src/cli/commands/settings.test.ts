import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { runWith } from '../cli-test-kit';

let rt: TempRuntime;
const run = (...argv: string[]) => runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, argv);
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
});
afterEach(() => rt.cleanup());

type Shown = { playbook: string; playbookOverrides: Record<string, Record<string, number>> };

describe('hearback settings set: playbook numbers', () => {
  it('sets the cap and the delays of the default playbook, keeping earlier changes', async () => {
    await run('settings', 'set', '--ghost-after', '25');
    const r = await run('--json', 'settings', 'set', '--max-unanswered', '1', '--thank-you-within', '12', '--chase-after', '10');
    expect(r.code).toBe(0);
    expect((r.json() as Shown).playbookOverrides).toEqual({ balanced: { ghostAfterBusinessDays: 25, maxUnansweredFollowUps: 1, thankYouDueHours: 12, chaseAfterInterviewDays: 10 } });
  });

  it('changes the playbook named with --playbook, and takes a change back with "default"', async () => {
    await run('--playbook', 'persistent', 'settings', 'set', '--decision-wait', '3', '--check-in-after', '4');
    const r = await run('--json', 'settings', 'set', '--playbook', 'persistent', '--decision-wait', 'default');
    expect(r.json()).toMatchObject({ playbook: 'persistent', playbookOverrides: { persistent: { checkInAfterNextStepBusinessDays: 4 } } });
    expect((r.json() as Shown).playbookOverrides.persistent).not.toHaveProperty('decisionDateWaitBusinessDays');
  });

  it('replans with the new numbers', async () => {
    const id = (await run('add', '--company', 'Acme', '--role', 'R', '--applied', '2026-11-13', '--tz', 'America/New_York', '--contact', 'Dana Smith <dana@acme.io>')).stdout.trim();
    await run('log', id, 'interview', '--at', '2026-11-23T09:00:00-05:00', '--interviewers', 'Dana Smith <dana@acme.io>');
    await run('settings', 'set', '--thank-you-within', '2');
    const plan = (await run('--json', 'plan', id)).json() as { actions: { kind: string; due: { end: string } }[] };
    expect(plan.actions.find((a) => a.kind === 'thank_you')?.due.end).toBe('2026-11-23T11:00:00-05:00');
  });

  it.each([
    [['--ghost-after', '61'], 'ghost-after'],
    [['--max-unanswered', 'two'], 'max-unanswered'],
    [['--rejection-reply-within', '0'], 'rejection-reply-within'],
    [['--thank-you-drop-after', '-3'], 'thank-you-drop-after'],
    [['--first-follow-up', '7-5'], 'first-follow-up'],
    [['--first-follow-up', 'soon'], 'first-follow-up'],
    [['--second-follow-up', '0-40'], 'second-follow-up'],
    [['--first-follow-up', '8-10', '--second-follow-up', '3-5'], 'second-follow-up'],
  ])('refuses %j naming the option, and changes nothing', async (args, field) => {
    const r = await run('--json', 'settings', 'set', ...args);
    expect(r.code).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'validation', field } });
    expect(await rt.deps.db.getSettings()).toBeNull();
  });

  it('moves the first follow-up to the days given, keeping the playbook’s preferred weekdays', async () => {
    const id = (await run('add', '--company', 'Acme', '--role', 'R', '--applied', '2026-11-13', '--tz', 'America/New_York', '--country', 'US', '--contact', 'Dana Smith <dana@acme.io>')).stdout.trim();
    const firstDue = async () => ((await run('--json', 'plan', id)).json() as { actions: { id: string; due: { start: string } }[] }).actions.find((a) => a.id === `${id}-fu1`)?.due.start;
    expect(await firstDue()).toBe('2026-11-23T09:00:00-05:00');
    const r = await run('--json', 'settings', 'set', '--first-follow-up', '8-10');
    expect((r.json() as { playbookOverrides: { balanced: unknown } }).playbookOverrides.balanced).toEqual({ firstFollowUp: { minBusinessDays: 8, maxBusinessDays: 10, preferredWeekdays: [1, 2] } });
    // Eight to ten business days after Friday 13 November, past Thanksgiving: Wednesday 25 to Monday 30; Monday is preferred.
    expect(await firstDue()).toBe('2026-11-30T09:00:00-05:00');
    await run('settings', 'set', '--first-follow-up', 'off');
    expect(await firstDue()).toBeUndefined();
    await run('settings', 'set', '--first-follow-up', 'default');
    expect(await firstDue()).toBe('2026-11-23T09:00:00-05:00');
  });

  it('shows the numbers of the default playbook, marking the changed ones', async () => {
    await run('settings', 'set', '--ghost-after', '25');
    const text = (await run('settings', 'show')).stdout;
    expect(text).toMatch(/--ghost-after\s+25 business days \(yours\)/);
    expect(text).toMatch(/--max-unanswered\s+\d+ follow-ups\n/);
  });
});
