import { describe, expect, it } from 'vitest';
import type { ContractContext } from './context';
import { expectAppError } from './expect-app-error';
import { application, contact, event } from './fixtures';

/** Reading and deleting one contact by id, and reading several applications' contacts and events at once. */
export function describeContactsById(context: ContractContext): void {
  describe('contacts by id, and contacts and events of several applications', () => {
    it('reads one contact back exactly, and null for an unknown id', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const person = contact(app.id);
      await user.insertContact(person);
      await user.insertContact(contact(app.id, { name: 'Someone Else' }));
      expect(await user.getContact(person.id)).toStrictEqual(person);
      expect(await user.getContact('no-such-contact')).toBeNull();
    });

    it('deletes only the contact named, and says not_found for an unknown one', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      const [gone, kept] = [contact(app.id), contact(app.id, { name: 'Kept' })];
      await user.insertContact(gone);
      await user.insertContact(kept);
      await user.deleteContact(gone.id);
      expect(await user.listContacts()).toStrictEqual([kept]);
      await expectAppError(user.deleteContact(gone.id), 'not_found');
    });

    it("never reads or deletes another user's contact", async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const app = application();
      await a.insertApplication(app);
      const person = contact(app.id);
      await a.insertContact(person);
      expect(await b.getContact(person.id)).toBeNull();
      await expectAppError(b.deleteContact(person.id), 'not_found');
      expect(await a.getContact(person.id)).toStrictEqual(person);
    });
    it('reads the events and contacts of several applications in the order of listEvents and listContacts', async () => {
      const user = await context.newUser();
      const [one, two, other] = [application(), application(), application()];
      for (const app of [one, two, other]) await user.insertApplication(app);
      await user.insertEvent(event(one.id, 'reply', { at: '2026-03-05T10:00:00+01:00' }));
      await user.insertEvent(event(two.id, 'applied', { at: '2026-03-05T08:30:00Z' }));
      await user.insertEvent(event(one.id, 'applied', { at: '2026-03-02T09:00:00-05:00' }));
      await user.insertEvent(event(other.id, 'note'));
      await user.insertContact(contact(two.id, { createdAt: '2026-03-03T08:00:00Z' }));
      await user.insertContact(contact(one.id, { createdAt: '2026-03-04T08:00:00Z' }));
      await user.insertContact(contact(other.id));
      const wanted = (e: { applicationId: string }) => e.applicationId !== other.id;
      expect(await user.listEventsOf([two.id, one.id, one.id])).toStrictEqual((await user.listEvents()).filter(wanted));
      expect(await user.listContactsOf([one.id, two.id])).toStrictEqual((await user.listContacts()).filter(wanted));
      expect(await user.listEventsOf([])).toEqual([]);
    });

    it('reads more applications than fit in one statement', async () => {
      const user = await context.newUser();
      const app = application();
      await user.insertApplication(app);
      await user.insertEvent(event(app.id, 'applied'));
      const ids = [...Array.from({ length: 1200 }, (_, i) => `missing-${i}`), app.id];
      expect((await user.listEventsOf(ids)).map((e) => e.applicationId)).toEqual([app.id]);
    });

    it("never reads another user's events or contacts in bulk", async () => {
      const [a, b] = [await context.newUser(), await context.newUser()];
      const app = application();
      await a.insertApplication(app);
      await a.insertEvent(event(app.id, 'reply'));
      await a.insertContact(contact(app.id));
      expect(await b.listEventsOf([app.id])).toEqual([]);
      expect(await b.listContactsOf([app.id])).toEqual([]);
    });
  });
}
