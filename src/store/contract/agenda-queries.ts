import { describe, expect, it } from 'vitest';
import type { Action } from '../../core/model';
import type { ContractContext } from './context';
import { action, application } from './fixtures';

const at = (day: number, hour = 9) => `2026-03-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+01:00`;
const due = (day: number, expiresDay: number | null = null): Partial<Action> => ({
  due: { start: at(day), end: at(day, 11) },
  expiresAt: expiresDay === null ? null : at(expiresDay, 17),
});

/** The queries behind `today`: windows, expiry, relevance order, limits and counts. */
export function describeAgendaQueries(context: ContractContext): void {
  describe('agenda queries', () => {
    async function backlog() {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const plan = {
        old: action(app.id, due(2)),
        recent: action(app.id, due(9)),
        expiring: action(app.id, due(8, 11)),
        expiringLater: action(app.id, due(3, 12)),
        expired: action(app.id, due(4, 5)),
        upcoming: action(app.id, due(12)),
      };
      await user.replaceActions(app.id, Object.values(plan));
      return { user, plan };
    }
    const now = '2026-03-10T12:00:00+01:00';
    const ids = (list: { action: Action }[]) => list.map((s) => s.action.id);

    it('orders by relevance: expiring soonest first, then the most recently opened', async () => {
      const { user, plan } = await backlog();
      const list = await user.listActions({ dueStartBefore: now, liveAt: now, order: 'relevance' });
      expect(ids(list)).toEqual([plan.expiring.id, plan.expiringLater.id, plan.recent.id, plan.old.id]);
    });

    it('orders by relevance without a live test too, the expired among those that expire', async () => {
      const { user, plan } = await backlog();
      const list = await user.listActions({ dueStartBefore: now, order: 'relevance' });
      expect(ids(list)).toEqual([plan.expired.id, plan.expiring.id, plan.expiringLater.id, plan.recent.id, plan.old.id]);
    });

    it('takes only as many as the limit, in the same order, and counts all', async () => {
      const { user, plan } = await backlog();
      const query = { dueStartBefore: now, liveAt: now };
      expect(ids(await user.listActions({ ...query, order: 'relevance', limit: 3 }))).toEqual([plan.expiring.id, plan.expiringLater.id, plan.recent.id]);
      expect(ids(await user.listActions({ ...query, order: 'relevance', limit: 1 }))).toEqual([plan.expiring.id]);
      expect(await user.countActions(query)).toBe(4);
      expect(await user.countActions({ ...query, limit: 1, order: 'relevance' })).toBe(4);
    });

    it('splits due from upcoming at an instant and leaves out the expired', async () => {
      const { user, plan } = await backlog();
      const upcoming = await user.listActions({ dueStartFrom: now, liveAt: now });
      expect(ids(upcoming)).toEqual([plan.upcoming.id]);
      const all = await user.listActions({ liveAt: now });
      expect(ids(all)).not.toContain(plan.expired.id);
      expect(await user.countActions()).toBe(6);
    });

    it("counts only the user's own actions", async () => {
      await backlog();
      const stranger = await context.newUser();
      expect(await stranger.countActions()).toBe(0);
      expect(await stranger.listActions({ order: 'relevance', limit: 5 })).toEqual([]);
    });
  });
}
