import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context';
import { expectAppError } from './expect-app-error';
import { action, application, contact, event, uniqueId } from './fixtures';

export function describeLifecycle(context: ContractContext): void {
  describe('errors', () => {
    it('reports a duplicate id as a conflict', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      await expectAppError(user.insertApplication({ ...app, company: 'Again' }), 'conflict');
      const person = contact(app.id);
      await user.insertContact(person);
      await expectAppError(user.insertContact(person), 'conflict');
      const happened = event(app.id, 'applied');
      await user.insertEvent(happened);
      await expectAppError(user.insertEvent(happened), 'conflict');
      const planned = action(app.id);
      await expectAppError(user.replaceActions(app.id, [planned, planned]), 'conflict');
      expect((await user.getApplication(app.id))?.company).toBe(app.company);
    });

    it('reports an update of a missing row as not found', async () => {
      const user = await context.newUser();
      const missing = await expectAppError(user.updateApplication(application()), 'not_found');
      expect(missing.message).toMatch(/application/i);
      await expectAppError(user.updateContact(contact('no-such-app')), 'not_found');
    });

    it('reports a row pointing at a missing application or user as not found', async () => {
      const user = await context.newUser();
      await expectAppError(user.insertContact(contact('no-such-app')), 'not_found');
      await expectAppError(user.insertEvent(event('no-such-app', 'applied')), 'not_found');
      await expectAppError(user.replaceActions('no-such-app', [action('no-such-app')]), 'not_found');
      const stranger = context.store.forUser(uniqueId('never-ensured'));
      await expectAppError(stranger.insertApplication(application()), 'not_found');
    });

    it('refuses an instant without an offset, naming the field', async () => {
      const user = await context.newUser();
      const error = await expectAppError(
        user.insertApplication(application({ createdAt: '2026-03-02T08:15:00' })),
        'validation',
      );
      expect(error.field).toBe('createdAt');
      await expectAppError(user.listActions({ dueStartBefore: 'tomorrow' }), 'validation');
      expect(await user.countApplications()).toBe(0);
    });
  });

  describe('users', () => {
    it('creates a user once and updates only the fields given', async () => {
      const id = uniqueId('user');
      await context.store.ensureUser({ id, name: 'Alex', email: 'alex@example.com' });
      await context.store.ensureUser({ id });
      const find = async () => (await context.store.listUsers()).filter((u) => u.id === id);
      const [created] = await find();
      expect(created).toMatchObject({ id, name: 'Alex', email: 'alex@example.com' });
      expect(Number.isNaN(Date.parse(created?.createdAt ?? ''))).toBe(false);
      await context.store.ensureUser({ id, email: null });
      expect(await find()).toStrictEqual([{ ...created, email: null }]);
    });
  });

  describe('migrations', () => {
    it('lets two Stores migrate one empty database at the same time', async () => {
      const { store, reopen, cleanup } = await context.makeStore();
      const second = await reopen();
      try {
        await Promise.all([store.migrate(), second.migrate()]);
        await store.ensureUser({ id: 'u' });
        const app = application();
        await second.forUser('u').insertApplication(app);
        expect(await store.forUser('u').getApplication(app.id)).toStrictEqual(app);
      } finally {
        await second.close();
        await cleanup();
      }
    });

    it('keeps the data and does nothing when migrating an up-to-date database again', async () => {
      const { store, reopen, cleanup } = await context.makeStore();
      let again = await reopen();
      try {
        await store.migrate();
        await store.migrate();
        await store.ensureUser({ id: 'u' });
        await store.forUser('u').insertApplication(application({ id: 'kept' }));
        await again.migrate();
        await again.close();
        again = await reopen();
        await again.migrate();
        expect((await again.forUser('u').getApplication('kept'))?.id).toBe('kept');
      } finally {
        await again.close();
        await cleanup();
      }
    });
  });
}
