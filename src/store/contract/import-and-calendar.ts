import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { CalendarSequence, ImportKey } from '../../ports/store';
import type { ContractContext } from './context';
import { expectAppError } from './expect-app-error';
import { action, application, contact, event, uniqueId } from './fixtures';

const hash = (token: string) => createHash('sha256').update(token).digest('hex');

function importKey(applicationId: string, overrides: Partial<ImportKey> = {}): ImportKey {
  return {
    naturalKey: `acme|engineer|url:${uniqueId('jobs')}`,
    applicationId,
    fingerprint: '0123456789abcdef',
    sourceFormat: 'teal',
    contactId: null,
    importedAt: '2026-03-02T08:15:00Z',
    ...overrides,
  };
}

function sequence(applicationId: string, overrides: Partial<CalendarSequence> = {}): CalendarSequence {
  return {
    actionId: uniqueId('action'),
    applicationId,
    dueStart: '2026-03-09T09:00:00-05:00',
    dueEnd: '2026-03-09T11:30:00-05:00',
    sequence: 0,
    ...overrides,
  };
}

/** Bulk writes for imports and restores, import keys, and the calendar feed's token and sequences. */
export function describeImportAndCalendar(context: ContractContext): void {
  describe('bulk writes, import keys and the calendar feed', () => {
    it('bulk-inserts more rows than one statement holds, and reads them back exactly', async () => {
      const user = await context.newUser();
      const apps = Array.from({ length: 450 }, (_, i) =>
        application({ createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString() }),
      );
      const contacts = apps.map((a) => contact(a.id));
      const events = apps.flatMap((a) => [event(a.id, 'applied'), event(a.id, 'interview')]);
      await user.insertApplications(apps);
      await user.insertContacts(contacts);
      await user.insertEvents(events);
      expect(await user.listApplications()).toStrictEqual(apps);
      expect(await user.countApplications()).toBe(450);
      expect(await user.listContacts({ applicationId: apps[7]!.id })).toStrictEqual([contacts[7]]);
      expect(await user.listEvents({ applicationId: apps[300]!.id })).toHaveLength(2);
      await user.insertApplications([]);
      await user.insertEvents([]);
    });

    it('writes nothing of a bulk insert that fails in a later statement', async () => {
      const user = await context.newUser();
      const apps = Array.from({ length: 300 }, () => application());
      const clash = { ...apps[0]!, company: 'Same id again' };
      await expectAppError(user.insertApplications([...apps, clash]), 'conflict');
      expect(await user.countApplications()).toBe(0);
    });

    it('replaces the plans of the named applications only', async () => {
      const user = await context.newUser();
      const [one, two, three] = [application(), application(), application()];
      await user.insertApplications([one, two, three]);
      await user.replaceActions(three.id, [action(three.id)]);
      await user.replacePlans([
        { applicationId: one.id, actions: [action(one.id), action(one.id, { step: 2 })] },
        { applicationId: two.id, actions: [action(two.id)] },
      ]);
      const next = action(one.id, { step: 3 });
      await user.replacePlans([
        { applicationId: one.id, actions: [next] },
        { applicationId: two.id, actions: [] },
      ]);
      expect((await user.listActions({ applicationId: one.id })).map((s) => s.action)).toStrictEqual([next]);
      expect(await user.listActions({ applicationId: two.id })).toEqual([]);
      expect(await user.listActions({ applicationId: three.id })).toHaveLength(1);
      await expectAppError(
        user.replacePlans([{ applicationId: one.id, actions: [action(two.id)] }]),
        'validation',
      );
    });

    it('upserts import keys by natural key, and drops them with their application', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const person = contact(app.id);
      await user.insertContact(person);
      const key = importKey(app.id, { contactId: person.id });
      await user.putImportKeys([key]);
      expect(await user.listImportKeys()).toStrictEqual([key]);
      const changed = { ...key, fingerprint: 'fedcba9876543210', importedAt: '2026-03-05T10:00:00Z' };
      await user.putImportKeys([changed]);
      expect(await user.listImportKeys()).toStrictEqual([changed]);
      await user.deleteApplication(app.id);
      expect(await user.listImportKeys()).toEqual([]);
    });

    it('keeps import keys to their tenant', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const app = application();
      await a.insertApplication(app);
      await a.putImportKeys([importKey(app.id)]);
      expect(await b.listImportKeys()).toEqual([]);
      await expectAppError(b.putImportKeys([importKey(app.id)]), 'not_found');
      expect(await a.listImportKeys()).toHaveLength(1);
    });

    it('keeps one calendar token per user, finds its user by hash, and forgets the old one on rotation', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const [first, second] = [uniqueId('token-a'), uniqueId('token-b')];
      expect(await a.getCalendarToken()).toBeNull();
      await a.putCalendarToken(first, hash(first), '2026-03-02T08:15:00Z');
      expect(await a.getCalendarToken()).toBe(first);
      expect(await b.getCalendarToken()).toBeNull();
      expect(await context.store.findUserByCalendarToken(hash(first))).toBe(a.userId);
      await a.putCalendarToken(second, hash(second), '2026-03-03T08:15:00Z');
      expect(await context.store.findUserByCalendarToken(hash(first))).toBeNull();
      expect(await context.store.findUserByCalendarToken(hash(second))).toBe(a.userId);
      await expectAppError(b.putCalendarToken(second, hash(second), '2026-03-03T08:15:00Z'), 'conflict');
    });

    it('upserts calendar sequences by action id, keeps them to their tenant, and drops them with their application', async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const app = application();
      await a.insertApplication(app);
      const first = sequence(app.id);
      await a.putCalendarSequences([first]);
      expect(await a.listCalendarSequences()).toStrictEqual([first]);
      const moved = {
        ...first,
        dueStart: '2026-03-10T09:00:00-05:00',
        dueEnd: '2026-03-10T11:30:00-05:00',
        sequence: 1,
      };
      await a.putCalendarSequences([moved]);
      expect(await a.listCalendarSequences()).toStrictEqual([moved]);
      expect(await b.listCalendarSequences()).toEqual([]);
      await expectAppError(b.putCalendarSequences([sequence(app.id)]), 'not_found');
      await a.deleteApplication(app.id);
      expect(await a.listCalendarSequences()).toEqual([]);
    });
  });
}
