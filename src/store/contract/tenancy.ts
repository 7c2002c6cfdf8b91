import { describe, expect, it } from 'vitest';
import type { ActionState } from '../../core/model';
import type { UserStore } from '../../ports/store';
import type { ContractContext } from './context';
import { expectAppError } from './expect-app-error';
import { action, application, contact, event, profile, settings } from './fixtures';

/** Everything user A owns, written through A's handle. */
async function populate(a: UserStore) {
  const app = application();
  const person = contact(app.id);
  const happened = event(app.id, 'interview');
  const planned = action(app.id);
  const state: ActionState = {
    actionId: planned.id,
    applicationId: app.id,
    status: 'skipped',
    at: '2026-03-09T08:00:00Z',
  };
  await a.insertApplication(app);
  await a.insertContact(person);
  await a.insertEvent(happened);
  await a.replaceActions(app.id, [planned]);
  await a.putActionState(state);
  await a.putSettings(settings());
  await a.putProfile(profile());
  await a.putMeta('plan.version', 'a');
  return { app, person, happened, planned, state };
}

/** A's view of everything it owns, to compare before and after B tries to touch it. */
async function snapshot(a: UserStore) {
  return {
    apps: await a.listApplications(),
    contacts: await a.listContacts(),
    events: await a.listEvents(),
    actions: await a.listActions(),
    states: await a.listActionStates(),
    settings: await a.getSettings(),
    profile: await a.getProfile(),
    meta: await a.getMeta('plan.version'),
  };
}

/** User B, holding A's ids, can neither see nor change A's rows through any method. */
export function describeTenancy(context: ContractContext): void {
  describe('tenant isolation', () => {
    it('shows user B none of user A’s rows', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const rows = await populate(a);
      expect(await b.getApplication(rows.app.id)).toBeNull();
      expect(await b.listApplications()).toEqual([]);
      expect(await b.listApplications({ ids: [rows.app.id] })).toEqual([]);
      expect(await b.countApplications()).toBe(0);
      expect(await b.listContacts({ applicationId: rows.app.id })).toEqual([]);
      expect(await b.listEvents()).toEqual([]);
      expect(await b.getEvent(rows.happened.id)).toBeNull();
      expect(await b.listActions()).toEqual([]);
      expect(await b.getAction(rows.planned.id)).toBeNull();
      expect(await b.listActionStates()).toEqual([]);
      expect(await b.getSettings()).toBeNull();
      expect(await b.getProfile()).toBeNull();
      expect(await b.getMeta('plan.version')).toBeNull();
      await b.transaction(async (tx) => {
        expect(await tx.getApplication(rows.app.id)).toBeNull();
      });
    });

    it('lets user B change or delete none of user A’s rows', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const rows = await populate(a);
      const before = await snapshot(a);

      await expectAppError(b.updateApplication({ ...rows.app, company: 'Hijacked' }), 'not_found');
      await expectAppError(b.updateContact({ ...rows.person, email: 'evil@example.com' }), 'not_found');
      await b.deleteApplication(rows.app.id);
      await b.deleteEvent(rows.happened.id);
      await b.deleteActionState(rows.planned.id);
      await b.replaceActions(rows.app.id, []);
      await expectAppError(b.replaceActions(rows.app.id, [action(rows.app.id)]), 'not_found');
      // B cannot hang rows off A's application: the foreign keys include the user.
      await expectAppError(b.insertContact(contact(rows.app.id)), 'not_found');
      await expectAppError(b.insertEvent(event(rows.app.id, 'note')), 'not_found');
      await expectAppError(
        b.putActionState({ ...rows.state, status: 'snoozed', until: '2026-04-01T00:00:00Z' }),
        'not_found',
      );
      await b.putSettings(settings({ playbook: 'conservative' }));
      await b.putProfile(profile({ name: 'Mallory' }));
      await b.putMeta('plan.version', 'b');

      expect(await snapshot(a)).toStrictEqual(before);
      expect(await b.getMeta('plan.version')).toBe('b');
    });

    it('lets two users hold the same ids independently', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const rows = await populate(a);
      const theirs = application({ id: rows.app.id, company: 'Other Corp' });
      await b.insertApplication(theirs);
      await b.insertEvent(event(theirs.id, 'applied', { id: rows.happened.id }));
      await b.replaceActions(theirs.id, [action(theirs.id, { id: rows.planned.id, rule: 'b.rule' })]);
      expect((await a.getApplication(rows.app.id))?.company).toBe(rows.app.company);
      expect((await b.getApplication(rows.app.id))?.company).toBe('Other Corp');
      expect((await a.getEvent(rows.happened.id))?.kind).toBe('interview');
      expect((await b.getAction(rows.planned.id))?.state).toBeNull();
      expect((await a.getAction(rows.planned.id))?.state).toStrictEqual(rows.state);
      await b.deleteApplication(theirs.id);
      expect(await a.getApplication(rows.app.id)).toStrictEqual(rows.app);
      expect(await a.listEvents()).toHaveLength(1);
    });

    it('lists every user it was asked to ensure', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const ids = (await context.store.listUsers()).map((u) => u.id);
      expect(ids).toContain(a.userId);
      expect(ids).toContain(b.userId);
    });
  });
}
