import { describe, expect, it } from 'vitest';
import type { ActionState } from '../../core/model';
import type { ContractContext } from './context';
import { expectAppError } from './expect-app-error';
import { action, application, contact, event } from './fixtures';

export function describePlans(context: ContractContext): void {
  describe('plans, action states and deletes', () => {
    it('replaces only the plan of the application named', async () => {
      const user = await context.newUser();
      const [one, two] = [application(), application()];
      await user.insertApplication(one);
      await user.insertApplication(two);
      const other = action(two.id);
      await user.replaceActions(one.id, [action(one.id), action(one.id, { step: 2 })]);
      await user.replaceActions(two.id, [other]);
      const replacement = action(one.id, { step: 3 });
      await user.replaceActions(one.id, [replacement]);
      expect((await user.listActions({ applicationId: one.id })).map((s) => s.action)).toStrictEqual([
        replacement,
      ]);
      expect((await user.listActions({ applicationId: two.id })).map((s) => s.action)).toStrictEqual([other]);
      await user.replaceActions(one.id, []);
      expect(await user.listActions({ applicationId: one.id })).toEqual([]);
      expect(await user.listActions()).toHaveLength(1);
    });

    it('lists actions with their application label when asked, the same actions either way', async () => {
      const user = await context.newUser();
      const app = application({ company: 'Acme Corp', role: 'Engineer' });
      await user.insertApplication(app);
      const planned = action(app.id);
      await user.replaceActions(app.id, [planned]);
      const plain = await user.listActions();
      const labelled = await user.listActions({ withApplication: true });
      expect(labelled.map((s) => s.action)).toStrictEqual(plain.map((s) => s.action));
      expect(labelled[0]?.application).toStrictEqual({ id: app.id, company: 'Acme Corp', role: 'Engineer' });
      expect(plain[0]?.application).toBeUndefined();
      const other = await context.newUser();
      expect(await other.listActions({ withApplication: true })).toEqual([]);
    });

    it('keeps action states across replanning, so the same action id finds its state again', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const planned = action(app.id);
      await user.replaceActions(app.id, [planned]);
      const snoozed: ActionState = {
        actionId: planned.id,
        applicationId: app.id,
        status: 'snoozed',
        until: '2026-03-12T09:00:00Z',
        at: '2026-03-09T08:00:00Z',
      };
      await user.putActionState(snoozed);
      await user.replaceActions(app.id, []);
      expect(await user.listActionStates()).toStrictEqual([snoozed]);
      const replanned = { ...planned, reason: 'Replanned with a new reason.' };
      await user.replaceActions(app.id, [replanned]);
      expect(await user.getAction(planned.id)).toStrictEqual({ action: replanned, state: snoozed });
    });

    it('upserts a state by action id and deletes it', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const planned = action(app.id);
      await user.replaceActions(app.id, [planned]);
      await user.putActionState({
        actionId: planned.id,
        applicationId: app.id,
        status: 'snoozed',
        until: '2026-03-12T09:00:00Z',
        at: '2026-03-09T08:00:00Z',
      });
      const skipped: ActionState = {
        actionId: planned.id,
        applicationId: app.id,
        status: 'skipped',
        at: '2026-03-10T08:00:00Z',
      };
      await user.putActionState(skipped);
      expect(await user.listActionStates({ applicationId: app.id })).toStrictEqual([skipped]);
      await user.deleteActionState(planned.id);
      expect(await user.listActionStates()).toEqual([]);
      expect((await user.getAction(planned.id))?.state).toBeNull();
    });

    it('stores a large plan in one call', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const plan = Array.from({ length: 450 }, (_, i) =>
        action(app.id, {
          step: i + 1,
          due: { start: `2026-03-09T09:00:${String(i % 60).padStart(2, '0')}Z`, end: '2026-03-10T00:00:00Z' },
        }),
      );
      await user.replaceActions(app.id, plan);
      expect(await user.listActions({ applicationId: app.id })).toHaveLength(450);
    });

    it('refuses an action of another application and keeps the old plan', async () => {
      const user = await context.newUser();
      const [one, two] = [application(), application()];
      await user.insertApplication(one);
      await user.insertApplication(two);
      const kept = action(one.id);
      await user.replaceActions(one.id, [kept]);
      const error = await expectAppError(
        user.replaceActions(one.id, [action(one.id), action(two.id)]),
        'validation',
      );
      expect(error.field).toBe('applicationId');
      expect((await user.listActions()).map((s) => s.action)).toStrictEqual([kept]);
    });

    it('deletes an application with its contacts, events, actions and states, and nothing else', async () => {
      const user = await context.newUser();
      const [gone, kept] = [application(), application()];
      for (const app of [gone, kept]) {
        await user.insertApplication(app);
        await user.insertContact(contact(app.id));
        await user.insertEvent(event(app.id, 'applied'));
        const planned = action(app.id);
        await user.replaceActions(app.id, [planned]);
        await user.putActionState({
          actionId: planned.id,
          applicationId: app.id,
          status: 'skipped',
          at: '2026-03-09T00:00:00Z',
        });
      }
      await user.deleteApplication(gone.id);
      expect(await user.getApplication(gone.id)).toBeNull();
      for (const list of [
        await user.listContacts(),
        await user.listEvents(),
        await user.listActionStates(),
      ]) {
        expect(list.map((row) => row.applicationId)).toEqual([kept.id]);
      }
      expect((await user.listActions()).map((s) => s.action.applicationId)).toEqual([kept.id]);
      await user.deleteApplication(gone.id);
    });

    it('deletes one event', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const [first, second] = [
        event(app.id, 'applied'),
        event(app.id, 'reply', { at: '2026-03-05T00:00:00Z' }),
      ];
      await user.insertEvent(first);
      await user.insertEvent(second);
      await user.deleteEvent(first.id);
      expect(await user.getEvent(first.id)).toBeNull();
      expect(await user.listEvents()).toStrictEqual([second]);
    });
  });
}
