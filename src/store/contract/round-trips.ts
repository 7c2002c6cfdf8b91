import { describe, expect, it } from 'vitest';
import type { ActionState } from '../../core/model';
import type { ContractContext } from './context';
import {
  action,
  application,
  bareApplication,
  contact,
  EVENT_KINDS_WITH_DATA,
  event,
  profile,
  settings,
} from './fixtures';

/** Every model type comes back exactly as it went in: nulls as null, booleans as booleans, ISO text as is. */
export function describeRoundTrips(context: ContractContext): void {
  describe('round trips', () => {
    it('returns an application with every field set exactly as stored', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      expect(await user.getApplication(app.id)).toStrictEqual(app);
    });

    it('returns nulls as null, not as missing or undefined', async () => {
      const user = await context.newUser();
      const app = bareApplication({
        policy: { noContact: true, noCalls: false, noAgencies: false, onlyShortlistedContacted: true },
      });
      await user.insertApplication(app);
      const stored = await user.getApplication(app.id);
      expect(stored).toStrictEqual(app);
      expect(stored?.postingUrl).toBeNull();
      expect(stored?.policy.noContact).toBe(true);
    });

    it('replaces every field on update', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const changed = bareApplication({
        id: app.id,
        company: 'Renamed',
        stage: 'interviewing',
        createdAt: app.createdAt,
      });
      await user.updateApplication(changed);
      expect(await user.getApplication(app.id)).toStrictEqual(changed);
    });

    it('returns contacts with their direct-line flag as a boolean, and updates them', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const direct = contact(app.id);
      const switchboard = contact(app.id, {
        name: null,
        email: null,
        phone: null,
        phoneIsDirect: false,
        role: 'other',
        createdAt: '2026-03-02T08:21:00Z',
      });
      await user.insertContact(direct);
      await user.insertContact(switchboard);
      expect(await user.listContacts({ applicationId: app.id })).toStrictEqual([direct, switchboard]);
      const moved = { ...direct, email: 'dana@new.example.com', phoneIsDirect: false };
      await user.updateContact(moved);
      expect(await user.listContacts({ applicationId: app.id })).toStrictEqual([moved, switchboard]);
    });

    it('returns every event kind with its data', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const events = EVENT_KINDS_WITH_DATA.map((kind, i) =>
        event(app.id, kind, {
          at: `2026-03-04T10:${String(i).padStart(2, '0')}:00-05:00`,
          source: i % 2 === 0 ? 'mail' : 'import',
        }),
      );
      for (const e of events) await user.insertEvent(e);
      for (const e of events) expect(await user.getEvent(e.id)).toStrictEqual(e);
      expect(await user.listEvents({ applicationId: app.id })).toStrictEqual(events);
    });

    it('returns a planned action exactly, with no state until one is put', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const planned = action(app.id, { expiresAt: '2026-03-20T00:00:00-04:00' });
      const ghost = action(app.id, {
        kind: 'mark_ghosted',
        channel: null,
        contact: null,
        alternative: null,
        context: {},
      });
      await user.replaceActions(app.id, [planned, ghost]);
      expect(await user.getAction(planned.id)).toStrictEqual({ action: planned, state: null });
      expect(await user.getAction(ghost.id)).toStrictEqual({ action: ghost, state: null });
    });

    it('returns snoozed and skipped states in their own shapes', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const [first, second] = [action(app.id), action(app.id, { step: 2 })];
      await user.replaceActions(app.id, [first, second]);
      const snoozed: ActionState = {
        actionId: first.id,
        applicationId: app.id,
        status: 'snoozed',
        until: '2026-03-12T09:00:00-04:00',
        at: '2026-03-09T08:00:00Z',
      };
      const skipped: ActionState = {
        actionId: second.id,
        applicationId: app.id,
        status: 'skipped',
        at: '2026-03-09T08:05:00+02:00',
      };
      await user.putActionState(snoozed);
      await user.putActionState(skipped);
      expect(await user.getAction(first.id)).toStrictEqual({ action: first, state: snoozed });
      expect(await user.getAction(second.id)).toStrictEqual({ action: second, state: skipped });
      const states = await user.listActionStates({ applicationId: app.id });
      expect(states).toHaveLength(2);
      expect(states).toContainEqual(snoozed);
      expect(states).toContainEqual(skipped);
      expect(states.find((s) => s.status === 'skipped')).not.toHaveProperty('until');
    });

    it('returns settings and profile as stored, and null before they are set', async () => {
      const user = await context.newUser();
      expect(await user.getSettings()).toBeNull();
      expect(await user.getProfile()).toBeNull();
      const mine = settings({ quietHours: { start: '22:00', end: '07:00' } });
      await user.putSettings(mine);
      await user.putProfile(profile());
      expect(await user.getSettings()).toStrictEqual(mine);
      expect(await user.getProfile()).toStrictEqual(profile());
      const changed = settings({ playbook: 'conservative', quietHours: null, playbookOverrides: {} });
      await user.putSettings(changed);
      await user.putProfile(profile({ recentAchievement: 'Cut p99 latency by 40%' }));
      expect(await user.getSettings()).toStrictEqual(changed);
      expect((await user.getProfile())?.recentAchievement).toBe('Cut p99 latency by 40%');
    });

    it('stores meta values by key and overwrites them', async () => {
      const user = await context.newUser();
      expect(await user.getMeta('plan.version')).toBeNull();
      await user.putMeta('plan.version', '1');
      await user.putMeta('calendar.token', 'tok_é✓');
      await user.putMeta('plan.version', '2');
      expect(await user.getMeta('plan.version')).toBe('2');
      expect(await user.getMeta('calendar.token')).toBe('tok_é✓');
      await user.putMeta('empty', '');
      expect(await user.getMeta('empty')).toBe('');
    });
  });
}
