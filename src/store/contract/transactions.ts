import { describe, expect, it } from 'vitest';
import { AppError } from '../../core/app-error';
import type { ContractContext } from './context';
import { expectAppError } from './expect-app-error';
import { action, application, contact, event, settings } from './fixtures';

export function describeTransactions(context: ContractContext): void {
  describe('transactions', () => {
    it('keeps every write when the function returns, and returns its value', async () => {
      const user = await context.newUser();
      const app = application();
      const result = await user.transaction(async (tx) => {
        await tx.insertApplication(app);
        await tx.insertEvent(event(app.id, 'applied'));
        return 'done';
      });
      expect(result).toBe('done');
      expect(await user.getApplication(app.id)).toStrictEqual(app);
      expect(await user.listEvents({ applicationId: app.id })).toHaveLength(1);
    });

    it('rolls every write back when the function throws, and rethrows the same error', async () => {
      const user = await context.newUser();
      const kept = application();
      await user.insertApplication(kept);
      await user.putMeta('plan.version', '1');
      const app = application();
      const boom = new Error('boom');
      const failure = user.transaction(async (tx) => {
        await tx.insertApplication(app);
        await tx.insertContact(contact(app.id));
        await tx.insertEvent(event(app.id, 'applied'));
        await tx.replaceActions(app.id, [action(app.id)]);
        await tx.replaceActions(kept.id, [action(kept.id)]);
        await tx.updateApplication({ ...kept, company: 'Changed' });
        await tx.putSettings(settings());
        await tx.putMeta('plan.version', '2');
        throw boom;
      });
      await expect(failure).rejects.toBe(boom);
      expect(await user.listApplications()).toStrictEqual([kept]);
      expect(await user.listContacts()).toEqual([]);
      expect(await user.listEvents()).toEqual([]);
      expect(await user.listActions()).toEqual([]);
      expect(await user.getSettings()).toBeNull();
      expect(await user.getMeta('plan.version')).toBe('1');
    });

    it('rolls back when a store call inside fails, and reports that failure', async () => {
      const user = await context.newUser();
      const app = application();
      await expectAppError(
        user.transaction(async (tx) => {
          await tx.insertApplication(app);
          await tx.insertApplication(app);
        }),
        'conflict',
      );
      expect(await user.getApplication(app.id)).toBeNull();
    });

    it('lets reads inside see the writes made before them', async () => {
      const user = await context.newUser();
      const app = application();
      await user.transaction(async (tx) => {
        await tx.insertApplication(app);
        expect(await tx.getApplication(app.id)).toStrictEqual(app);
        expect(await tx.countApplications()).toBe(1);
        await tx.replaceActions(app.id, [action(app.id)]);
        expect(await tx.listActions({ applicationId: app.id })).toHaveLength(1);
      });
    });

    it('runs a nested transaction inside the outer one, so an outer throw undoes both', async () => {
      const user = await context.newUser();
      const [outer, inner] = [application(), application()];
      await expect(
        user.transaction(async (tx) => {
          await tx.insertApplication(outer);
          const seen = await tx.transaction(async (nested) => {
            await nested.insertApplication(inner);
            return nested.getApplication(outer.id);
          });
          expect(seen).toStrictEqual(outer);
          throw new Error('undo both');
        }),
      ).rejects.toThrow('undo both');
      expect(await user.listApplications()).toEqual([]);
    });

    it('binds the transaction handle to the same user', async () => {
      const user = await context.newUser();
      await user.transaction(async (tx) => {
        expect(tx.userId).toBe(user.userId);
      });
    });

    it('refuses a query through the ordinary handle inside a transaction instead of hanging', async () => {
      const user = await context.newUser();
      const error = await user
        .transaction(async () => {
          await user.countApplications();
        })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe('internal');
      expect(await user.countApplications()).toBe(0);
    });
  });
}
