import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { failingStore } from '../../test/support/failing-store';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { deleteApplication } from './delete-application';
import { ensureFreshPlans } from './plan-version';
import { updateApplication } from './update-application';

let rt: TempRuntime;
let id: string;
beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
  id = (await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', country: 'DE', region: 'BY', timezone: 'Europe/Berlin' })).application.id;
  // Record the plan version now, so that no read later replans everything and hides a missing replan.
  await ensureFreshPlans(rt.deps);
});
afterEach(() => rt.cleanup());

describe('updateApplication', () => {
  it('changes only the fields given and returns the fresh view', async () => {
    const view = await updateApplication(rt.deps, id, { role: 'Staff Engineer', source: 'referral' });
    expect(view.application).toMatchObject({ company: 'Acme', role: 'Staff Engineer', source: 'referral', region: 'BY', updatedAt: '2026-11-23T15:00:00.000Z' });
    expect(view.analysis).toBeNull();
  });

  it('replans in the same step: a do-not-contact policy drops the follow-up', async () => {
    expect((await rt.deps.db.listActions()).map((s) => s.action.kind)).toEqual(['follow_up']);
    const view = await updateApplication(rt.deps, id, { policy: { noContact: true } });
    expect(view.application.policy.noContact).toBe(true);
    expect((await rt.deps.db.listActions()).filter((s) => s.action.channel !== null)).toEqual([]);
  });

  it('reads new posting text for its policy and dates, and returns the analysis for highlighting', async () => {
    const postingText = 'Engineer at Acme.\nNo phone calls please. We will decide by 4 December 2026.';
    const view = await updateApplication(rt.deps, id, { postingText });
    expect(view.application.policy.noCalls).toBe(true);
    expect(view.application.decisionBy).toBe('2026-12-04');
    const finding = view.analysis?.findings.find((f) => f.kind === 'no_calls');
    expect(finding && postingText.slice(finding.start, finding.end)).toBe(finding?.text);
  });

  it('clears the region when the country changes without one', async () => {
    expect((await updateApplication(rt.deps, id, { country: 'US' })).application).toMatchObject({ country: 'US', region: null });
  });

  it.each([
    [{ company: '' }, 'company'],
    [{ region: 'ZZ' }, 'region'],
    [{ timezone: 'Mars/Base' }, 'timezone'],
    [{ postingUrl: 'not a url' }, 'postingUrl'],
    [{ stage: 'offer' }, 'stage'],
    [{ policy: { noCalls: 'yes' } }, 'policy.noCalls'],
  ])('rejects %o naming %s', async (patch, field) => {
    await expect(updateApplication(rt.deps, id, patch)).rejects.toMatchObject({ code: 'validation', field });
  });

  it('says not_found for an unknown id', async () => {
    await expect(updateApplication(rt.deps, 'nope', { role: 'X' })).rejects.toMatchObject({ code: 'not_found', field: 'id' });
  });

  it('writes nothing when replanning fails', async () => {
    const broken = { ...rt.deps, db: failingStore(rt.deps.db, 'replaceActions') };
    await expect(updateApplication(broken, id, { role: 'Changed' })).rejects.toThrow('disk full');
    expect((await rt.deps.db.getApplication(id))?.role).toBe('Engineer');
  });
});

describe('deleteApplication', () => {
  it('removes the application with its plan, and says not_found the second time', async () => {
    await deleteApplication(rt.deps, id);
    expect(await rt.deps.db.countApplications()).toBe(0);
    expect(await rt.deps.db.listActions()).toEqual([]);
    await expect(deleteApplication(rt.deps, id)).rejects.toMatchObject({ code: 'not_found', field: 'id' });
  });
});
