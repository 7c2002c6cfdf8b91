import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { EXPORT_VERSION } from '../core/export/export-document';
import { runWith } from './cli-test-kit';

let rt: TempRuntime;
const run = (...argv: string[]) => runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, argv);
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
});
afterEach(() => rt.cleanup());

const addAcme = () => run('add', '--company', 'Acme Corp', '--role', 'Senior Backend Engineer', '--applied', '2026-11-13', '--tz', 'America/New_York', '--country', 'US', '--contact', 'Dana Smith <dana@acme.io>', '--phone', '+1 212 555 0100', '--direct');

describe('hearback add', () => {
  it('prints only the new id on stdout, for scripts', async () => {
    const r = await addAcme();
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^a\w+\n$/);
    expect(r.stderr).toMatch(/follow-up 1/);
  });

  it.each([
    [['--company', 'A', '--role', 'R', '--country', 'DE-XX'], 'region'],
    [['--company', 'A', '--role', 'R', '--applied', 'yesterday'], 'appliedAt'],
    [['--company', 'A', '--role', 'R', '--contact', 'Dana <not-an-address>'], 'contacts.0.email'],
    [['--company', 'A', '--role', 'R', '--contact', 'bad'], 'contact'],
  ])('names the bad field, exits 2 and writes nothing: %j', async (args, field) => {
    const r = await run('--json', 'add', ...args);
    expect(r.code).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'validation', field } });
    expect(await rt.deps.db.countApplications()).toBe(0);
  });

  it('takes a plain name as a contact without an address', async () => {
    const r = await run('--json', 'add', '--company', 'A', '--role', 'R', '--contact', 'Dana Smith');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ contacts: [{ name: 'Dana Smith', email: null }] });
  });

  it('exits 2 with usage help when a required option is missing', async () => {
    const r = await run('add', '--company', 'A');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--role/);
  });
});

describe('hearback plan, today, done', () => {
  it('gives each action its reason and sources, in JSON and in text', async () => {
    const id = (await addAcme()).stdout.trim();
    const json = (await run('--json', 'plan', id)).json() as { actions: { id: string; reason: string; sources: string[]; due: { start: string } }[] };
    expect(json.actions[0]).toMatchObject({ id: `${id}-fu1`, due: { start: '2026-11-23T09:00:00-05:00' }, sources: ['003_97cdc118eb895198.txt', '000_a3daaca1b51a0f36.txt'] });
    const text = (await run('today')).stdout;
    expect(text).toContain('Due now (1)');
    expect(text).toContain(`${id}-fu1`);
    expect(text).toContain('sources: 003, 000');
    expect(text).not.toContain('\u001b[');
  });

  it('previews another playbook without changing the application', async () => {
    const id = (await addAcme()).stdout.trim();
    const json = (await run('--json', '--playbook', 'conservative', 'plan', id)).json() as { actions: { kind: string }[] };
    expect(json.actions.map((a) => a.kind)).toEqual(['mark_ghosted']);
    expect((await rt.deps.db.getApplication(id))?.playbook).toBeNull();
  });

  it('brings a skipped action back with reset', async () => {
    const id = (await addAcme()).stdout.trim();
    await run('skip', `${id}-fu1`);
    expect(((await run('--json', 'plan', id)).json() as { actions: { id: string }[] }).actions.map((a) => a.id)).toEqual([`${id}-fu2`]);
    const r = await run('--json', 'reset', `${id}-fu1`);
    expect((r.json() as { action: { id: string } }).action.id).toBe(`${id}-fu1`);
    expect((await run('--json', 'reset', `${id}-fu1`)).code).toBe(2);
  });

  it('moves the chain on when an action is done', async () => {
    const id = (await addAcme()).stdout.trim();
    const r = await run('--json', 'done', `${id}-fu1`);
    expect((r.json() as { actions: { id: string }[] }).actions.map((a) => a.id)).toEqual([`${id}-fu2`]);
  });

  it('logs an interview with interviewers and points, and plans the thank-you to each', async () => {
    const id = (await addAcme()).stdout.trim();
    const r = await run('--json', 'log', id, 'interview', '--at', '2026-11-23T09:00:00-05:00', '--interviewers', 'Dana Smith <dana@acme.io>, Lee Wong <lee@acme.io>', '--discussed', 'moving billing to event sourcing; on-call', '--next-step-date', '2026-12-04');
    const json = r.json() as { event: { data: { discussed: string[]; nextStepDate: string } }; actions: { kind: string; contact: { name: string } }[] };
    expect(json.event.data).toMatchObject({ discussed: ['moving billing to event sourcing', 'on-call'], nextStepDate: '2026-12-04' });
    expect(json.actions.filter((a) => a.kind === 'thank_you').map((a) => a.contact.name)).toEqual(['Dana Smith', 'Lee Wong']);
  });

  it('says what to do on an empty store', async () => {
    expect((await run('today')).stdout).toMatch(/No applications yet.*hearback demo/);
  });
});

describe('hearback analyze-posting', () => {
  it('prints the documented JSON shape, dates as YYYY-MM-DD', async () => {
    const posting = 'Please do not contact the hiring manager directly. We will contact shortlisted candidates by 3 March 2026. Closing date: 15 February 2026.';
    const r = await runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, ['--json', '--now', '2026-01-20T10:00:00Z', 'analyze-posting', '-'], posting);
    const json = r.json() as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['contactPolicy', 'decisionBy', 'deadline', 'emails', 'phones', 'names', 'findings']));
    expect(json).toMatchObject({ contactPolicy: { noContact: true, noCalls: false, noAgencies: false, onlyShortlistedContacted: false }, decisionBy: '2026-03-03', deadline: '2026-02-15' });
    for (const f of json.findings as { start: number; end: number; text: string }[]) expect(posting.slice(f.start, f.end)).toBe(f.text);
  });

  it('names a missing file', async () => {
    const r = await run('--json', 'analyze-posting', '/nonexistent/posting.txt');
    expect(r.code).toBe(2);
    expect(r.json()).toMatchObject({ error: { field: 'file', message: expect.stringMatching(/does not exist/) } });
  });
});

describe('hearback export', () => {
  it('writes the same bytes twice for the same data', async () => {
    await addAcme();
    const first = (await run('--json', 'export')).stdout;
    expect(JSON.parse(first)).toMatchObject({ format: 'hearback-export', version: EXPORT_VERSION, applications: [{ company: 'Acme Corp' }] });
    expect((await run('--json', 'export')).stdout).toBe(first);
  });
});

describe('hearback draft, lint, profile', () => {
  it('drafts a thank-you addressed to the interviewer that mentions the discussion point, lint clean', async () => {
    const id = (await addAcme()).stdout.trim();
    await run('profile', 'set', '--name', 'Alex Doe', '--strength', 'event-driven architecture', '--strength', 'PostgreSQL tuning', '--strength', 'mentoring');
    await run('log', id, 'interview', '--at', '2026-11-23T09:00:00-05:00', '--interviewers', 'Dana Smith <dana@acme.io>', '--discussed', 'moving billing to event sourcing');
    const plan = (await run('--json', 'plan', id)).json() as { actions: { id: string; kind: string }[] };
    const thankYou = plan.actions.find((a) => a.kind === 'thank_you')!;
    const draft = (await run('--json', 'draft', thankYou.id)).json() as { subject: string; body: string; findings: { severity: string }[] };
    expect(draft.body).toMatch(/^(Dear|Hi|Hello) Dana/);
    expect(draft.body).toMatch(/event sourcing/);
    expect(draft.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('prints a call script with all three branches for a call', async () => {
    const id = (await addAcme()).stdout.trim();
    await run('log', id, 'interview', '--at', '2026-11-02T09:00:00-05:00', '--interviewers', 'Dana Smith <dana@acme.io>');
    const plan = (await run('--json', 'plan', id)).json() as { actions: { id: string; kind: string }[] };
    const call = plan.actions.find((a) => a.kind === 'call')!;
    const draft = (await run('--json', 'draft', call.id)).json() as { subject: null; callScript: { branches: { id: string }[] } };
    expect(draft.subject).toBeNull();
    expect(draft.callScript.branches.map((b) => b.id)).toEqual(['not_seen', 'declined', 'shortlisted']);
  });

  it('lint exits 1 on an error finding and 0 on a clean message', async () => {
    const bad = await runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, ['--json', 'lint', '--kind', 'follow_up', '-'], 'Subject: Status\n\nTo whom it may concern, I need an answer as soon as possible about the salary.');
    expect(bad.code).toBe(1);
    expect((bad.json() as { findings: { rule: string }[] }).findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['salary', 'pushy']));
    const good = await runWith({ store: rt.store, deps: rt.deps, chat: null, close: async () => {} }, ['lint', '--kind', 'other', '-'], 'Subject: Backend Engineer role at Acme\n\nHi Dana,\n\nThank you for your time yesterday. Is there anything else I can send you about the Backend Engineer role at Acme?\n\nBest,\nAlex');
    expect(good.code).toBe(0);
  });
});

describe('--json errors caught while parsing the command line', () => {
  it.each([
    [['--json', 'add', '--company', 'X'], 'role'],
    [['--json', '--playbook', 'wild', 'today'], 'playbook'],
    [['--json', 'list', '--stage', 'bogus'], 'stage'],
    [['--json', 'plan'], 'id'],
    [['--json', 'tday'], 'command'],
    [['--json'], 'command'],
    [['list', '--json', '--stage'], 'stage'],
  ])('prints one error document on stdout, nothing on stderr, and exits 2: %j', async (argv, field) => {
    const r = await run(...argv);
    expect(r.code).toBe(2);
    expect(r.json()).toEqual({ error: { code: 'validation', message: expect.any(String), field } });
    expect(r.stderr).toBe('');
  });

  it('keeps the plain usage text without --json', async () => {
    const r = await run('list', '--stage', 'bogus');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/--stage.*bogus/);
  });
});

describe('options a command does not use', () => {
  it.each([
    [['done', 'x-fu1', '--until', '2026-12-01'], 'until'],
    [['skip', 'x-fu1', '--until', '2026-12-01'], 'until'],
    [['skip', 'x-fu1', '--at', '2026-12-01'], 'at'],
    [['--playbook', 'conservative', 'today'], 'playbook'],
    [['list', '--playbook', 'conservative'], 'playbook'],
    [['--playbook', 'balanced', 'export'], 'playbook'],
  ])('refuses %j, naming the option, with exit 2', async (argv, field) => {
    await addAcme();
    const r = await run('--json', ...argv);
    expect(r.code).toBe(2);
    expect(r.json()).toMatchObject({ error: { code: 'validation', field } });
    const text = await run(...argv);
    expect(text.code).toBe(2);
    expect(text.stderr).toContain(field);
  });

  it('still snoozes until a date', async () => {
    const id = (await addAcme()).stdout.trim();
    const r = await run('--json', 'snooze', `${id}-fu1`, '--until', '2026-11-30T14:00:00Z');
    expect(r.code).toBe(0);
    expect(r.json()).toMatchObject({ actions: [{ id: `${id}-fu1`, due: { start: expect.stringMatching(/^2026-11-30/) } }] });
  });

  it('takes the default playbook from --playbook on settings set, before or after the subcommand', async () => {
    expect((await run('--json', '--playbook', 'conservative', 'settings', 'set')).json()).toMatchObject({ playbook: 'conservative' });
    expect((await run('--json', 'settings', 'set', '--playbook', 'persistent')).json()).toMatchObject({ playbook: 'persistent' });
  });

  it('names the previewed playbook in show', async () => {
    const id = (await addAcme()).stdout.trim();
    expect((await run('--playbook', 'conservative', 'show', id)).stdout).toContain('Plan (previewing the conservative playbook)');
    expect((await run('--json', '--playbook', 'conservative', 'show', id)).json()).toMatchObject({ playbook: 'conservative' });
  });
});
