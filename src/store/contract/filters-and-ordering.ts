import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context';
import { action, application, contact, event } from './fixtures';

/**
 * Orders compare instants, not text: each case below is written so that sorting the ISO strings as text
 * would give a different answer from sorting the moments they name.
 */
export function describeFiltersAndOrdering(context: ContractContext): void {
  describe('filters and ordering', () => {
    it('lists applications oldest first by the instant they were created', async () => {
      const user = await context.newUser();
      // 10:00-05:00 is 15:00Z, 14:00+01:00 is 13:00Z and 09:00Z is earliest, against their text order.
      const late = application({ createdAt: '2026-03-02T10:00:00-05:00' });
      const middle = application({ createdAt: '2026-03-02T14:00:00+01:00' });
      const early = application({ createdAt: '2026-03-02T09:00:00Z' });
      for (const app of [late, middle, early]) await user.insertApplication(app);
      expect((await user.listApplications()).map((a) => a.id)).toEqual([early.id, middle.id, late.id]);
      expect(await user.countApplications()).toBe(3);
    });

    it('filters applications by stage and by ids, keeping the order', async () => {
      const user = await context.newUser();
      const apps = [
        application({ stage: 'applied', createdAt: '2026-03-01T00:00:00Z' }),
        application({ stage: 'rejected', createdAt: '2026-03-02T00:00:00Z' }),
        application({ stage: 'applied', createdAt: '2026-03-03T00:00:00Z' }),
      ];
      for (const app of [...apps].reverse()) await user.insertApplication(app);
      const [a, b, c] = apps.map((app) => app.id) as [string, string, string];
      expect((await user.listApplications({ stage: 'applied' })).map((x) => x.id)).toEqual([a, c]);
      expect((await user.listApplications({ ids: [c, a, 'missing'] })).map((x) => x.id)).toEqual([a, c]);
      expect((await user.listApplications({ stage: 'applied', ids: [b, c] })).map((x) => x.id)).toEqual([c]);
      expect(await user.listApplications({ ids: [] })).toEqual([]);
      expect(await user.listApplications({ stage: 'offer' })).toEqual([]);
    });

    it('filters by a long id list as it does by a short one', async () => {
      const user = await context.newUser();
      const apps = Array.from({ length: 12 }, (_, i) =>
        application({ createdAt: `2026-03-01T00:${String(59 - i).padStart(2, '0')}:00Z` }),
      );
      await user.transaction(async (tx) => {
        for (const app of apps) await tx.insertApplication(app);
      });
      const wanted = apps.filter((_, i) => i % 3 === 0).map((app) => app.id);
      const padding = Array.from({ length: 1_000 }, (_, i) => `absent-${i}`);
      const expected = [...wanted].reverse();
      expect((await user.listApplications({ ids: wanted })).map((x) => x.id)).toEqual(expected);
      expect((await user.listApplications({ ids: [...padding, ...wanted] })).map((x) => x.id)).toEqual(
        expected,
      );
    });

    it('lists events by when they happened, then by when they were recorded', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const third = event(app.id, 'reply', {
        at: '2026-03-05T10:00:00-05:00',
        createdAt: '2026-03-05T16:00:00Z',
      });
      const first = event(app.id, 'applied', {
        at: '2026-03-05T14:00:00+01:00',
        createdAt: '2026-03-05T16:00:00Z',
      });
      const secondSameInstant = event(app.id, 'note', {
        at: '2026-03-05T15:00:00Z',
        createdAt: '2026-03-05T16:00:01Z',
      });
      const firstSameInstant = event(app.id, 'auto_reply', {
        at: '2026-03-05T10:00:00-05:00',
        createdAt: '2026-03-05T15:59:00Z',
      });
      for (const e of [third, first, secondSameInstant, firstSameInstant]) await user.insertEvent(e);
      const ids = (await user.listEvents({ applicationId: app.id })).map((e) => e.id);
      expect(ids).toEqual([first.id, firstSameInstant.id, third.id, secondSameInstant.id]);
    });

    it('lists all events of the user or only one application', async () => {
      const user = await context.newUser();
      const [one, two] = [application(), application()];
      await user.insertApplication(one);
      await user.insertApplication(two);
      const e1 = event(one.id, 'applied', { at: '2026-03-01T00:00:00Z' });
      const e2 = event(two.id, 'applied', { at: '2026-03-02T00:00:00Z' });
      const e3 = event(one.id, 'rejection', { at: '2026-03-03T00:00:00Z' });
      for (const e of [e3, e2, e1]) await user.insertEvent(e);
      expect((await user.listEvents()).map((e) => e.id)).toEqual([e1.id, e2.id, e3.id]);
      expect((await user.listEvents({ applicationId: two.id })).map((e) => e.id)).toEqual([e2.id]);
      expect(await user.listEvents({ applicationId: 'missing' })).toEqual([]);
    });

    it('lists contacts of the user or only one application', async () => {
      const user = await context.newUser();
      const [one, two] = [application(), application()];
      await user.insertApplication(one);
      await user.insertApplication(two);
      const c1 = contact(one.id, { createdAt: '2026-03-01T00:00:00Z' });
      const c2 = contact(two.id, { createdAt: '2026-03-02T00:00:00Z' });
      await user.insertContact(c2);
      await user.insertContact(c1);
      expect((await user.listContacts()).map((c) => c.id)).toEqual([c1.id, c2.id]);
      expect(await user.listContacts({ applicationId: two.id })).toStrictEqual([c2]);
    });

    it('lists actions by the instant their window opens, across offsets', async () => {
      const user = await context.newUser();
      const [one, two] = [application(), application()];
      await user.insertApplication(one);
      await user.insertApplication(two);
      const at = (start: string, app = one.id) => action(app, { due: { start, end: start } });
      const thirteen = at('2026-03-09T09:00:00-04:00'); // 13:00Z
      const ten = at('2026-03-09T15:00:00+05:00'); // 10:00Z
      const fourteen = at('2026-03-09T10:00:00-04:00'); // 14:00Z
      const thirteenThirty = at('2026-03-09T14:30:00+01:00', two.id); // 13:30Z
      await user.replaceActions(one.id, [thirteen, ten, fourteen]);
      await user.replaceActions(two.id, [thirteenThirty]);
      const order = (await user.listActions()).map((s) => s.action.id);
      expect(order).toEqual([ten.id, thirteen.id, thirteenThirty.id, fourteen.id]);
      expect((await user.listActions({ applicationId: two.id })).map((s) => s.action.id)).toEqual([
        thirteenThirty.id,
      ]);
    });

    it('compares dueStartBefore as an instant, strictly', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const at = (start: string) => action(app.id, { due: { start, end: start } });
      const before = at('2026-03-09T09:00:00-04:00'); // 13:00Z
      const textLaterButBefore = at('2026-03-09T15:00:00+05:00'); // 10:00Z, though "15" sorts after "14"
      const textEarlierButAfter = at('2026-03-09T10:00:00-04:00'); // 14:00Z, though "10" sorts before "14"
      const exactlyAt = at('2026-03-09T08:30:00-05:00'); // 13:30Z, the cut-off itself
      await user.replaceActions(app.id, [before, textLaterButBefore, textEarlierButAfter, exactlyAt]);
      const expected = [textLaterButBefore.id, before.id];
      // 13:30Z, written in three offsets.
      for (const cutOff of [
        '2026-03-09T14:30:00+01:00',
        '2026-03-09T09:30:00-04:00',
        '2026-03-09T13:30:00Z',
      ]) {
        expect((await user.listActions({ dueStartBefore: cutOff })).map((s) => s.action.id)).toEqual(
          expected,
        );
      }
      const aMillisecondLater = await user.listActions({ dueStartBefore: '2026-03-09T13:30:00.001Z' });
      expect(aMillisecondLater.map((s) => s.action.id)).toEqual([...expected, exactlyAt.id]);
      const withApp = await user.listActions({
        applicationId: app.id,
        dueStartBefore: '2026-03-09T11:00:00Z',
      });
      expect(withApp.map((s) => s.action.id)).toEqual([textLaterButBefore.id]);
    });
  });
}
