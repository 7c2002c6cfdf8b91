import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../../test/support/temp-runtime';
import { runWith } from '../cli-test-kit';

let rt: TempRuntime;
const run = (...argv: string[]) => runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, argv);
beforeEach(async () => {
  rt = await tempRuntime('2026-11-17T20:00:00Z');
});
afterEach(() => rt.cleanup());

/** Acme, applied on 2 Nov, with an interview on 17 Nov: a thank-you is due that day and expires days later. */
async function interviewed(): Promise<string> {
  const id = (await run('add', '--company', 'Acme Corp', '--role', 'Backend Engineer', '--applied', '2026-11-02', '--tz', 'America/New_York', '--country', 'US', '--contact', 'Dana Smith <dana@acme.io>')).stdout.trim();
  await run('log', id, 'interview', '--at', '2026-11-17T10:00:00-05:00', '--interviewers', 'Dana Smith <dana@acme.io>');
  return id;
}

type Listed = { applications: { id: string; next: { id: string; kind: string; due: { start: string }; channel: string } | null }[] };

describe('hearback list', () => {
  it('shows the thank-you as next on the day of the interview', async () => {
    const id = await interviewed();
    const r = await run('--now', '2026-11-17T20:00:00Z', 'list');
    expect(r.stdout).toContain('thank-you 2026-11-17');
    const json = (await run('--json', '--now', '2026-11-17T20:00:00Z', 'list')).json() as Listed;
    expect(json.applications[0]?.next).toEqual({ id: expect.stringMatching(new RegExp(`^${id}-ty`)), kind: 'thank_you', due: expect.objectContaining({ start: expect.stringMatching(/^2026-11-17/) }), channel: 'email' });
  });

  it('drops an expired thank-you weeks later, agreeing with plan', async () => {
    const id = await interviewed();
    const text = (await run('--now', '2026-12-06T12:00:00Z', 'list')).stdout;
    expect(text).not.toContain('thank-you');
    const listed = (await run('--json', '--now', '2026-12-06T12:00:00Z', 'list')).json() as Listed;
    const plan = (await run('--json', '--now', '2026-12-06T12:00:00Z', 'plan', id)).json() as { actions: { id: string }[] };
    expect(listed.applications[0]?.next?.kind).not.toBe('thank_you');
    expect(listed.applications[0]?.next?.id ?? null).toBe(plan.actions[0]?.id ?? null);
  });

  it('names the next action and the timeline in the words today uses', async () => {
    const id = (await run('add', '--company', 'Initech', '--role', 'Data Engineer', '--applied', '2026-11-02', '--tz', 'America/New_York', '--country', 'US', '--contact', 'Bill <bill@initech.io>')).stdout.trim();
    await run('log', id, 'follow_up_sent', '--at', '2026-11-10T10:00:00-05:00');
    await run('log', id, 'rejection', '--at', '2026-11-17T10:00:00-05:00');
    expect((await run('list')).stdout).toMatch(/reply to rejection 2026-11-1\d/);
    expect((await run('show', id)).stdout).toMatch(/ {2}follow-up sent\n/);
  });

  it('filters by stage and says what to do on an empty store', async () => {
    await interviewed();
    expect(((await run('--json', 'list', '--stage', 'offer')).json() as Listed).applications).toEqual([]);
    expect((await run('list', '--stage', 'offer')).stdout).toBe('No applications at stage offer.\n');
    await rt.deps.db.deleteApplication((await rt.deps.db.listApplications())[0]?.id ?? '');
    expect((await run('list')).stdout).toMatch(/No applications yet/);
  });
});
