import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { addApplication } from './add-application';
import { addContact, deleteContact, updateContact } from './contacts';
import { ensureFreshPlans } from './plan-version';

let rt: TempRuntime;
let appId: string;
const followUpContact = async () => (await rt.deps.db.listActions({ applicationId: appId }))[0]?.action.contact?.email ?? null;

beforeEach(async () => {
  rt = await tempRuntime('2026-11-23T15:00:00Z');
  appId = (await addApplication(rt.deps, { company: 'Acme', role: 'Engineer', appliedAt: '2026-11-13', timezone: 'America/New_York', country: 'US' })).application.id;
  // Record the plan version now, so that no read later replans everything and hides a missing replan.
  await ensureFreshPlans(rt.deps);
});
afterEach(() => rt.cleanup());

describe('contacts', () => {
  it('adding a contact replans, so the follow-up is addressed to them', async () => {
    expect(await followUpContact()).toBeNull();
    const contact = await addContact(rt.deps, appId, { name: 'Dana Smith', email: 'Dana@Acme.io', role: 'hiring_manager' });
    expect(contact).toMatchObject({ applicationId: appId, email: 'dana@acme.io', phoneIsDirect: false });
    expect(await followUpContact()).toBe('dana@acme.io');
  });

  it('editing a contact replans with the new address', async () => {
    const contact = await addContact(rt.deps, appId, { name: 'Dana Smith', email: 'dana@acme.io' });
    expect(await updateContact(rt.deps, contact.id, { email: 'dana.smith@acme.io' })).toMatchObject({ name: 'Dana Smith', email: 'dana.smith@acme.io' });
    expect(await followUpContact()).toBe('dana.smith@acme.io');
  });

  it('deleting a contact replans without them', async () => {
    const contact = await addContact(rt.deps, appId, { email: 'dana@acme.io' });
    await deleteContact(rt.deps, contact.id);
    expect(await rt.deps.db.listContacts()).toEqual([]);
    expect(await followUpContact()).toBeNull();
  });

  it.each([
    [{ email: 'not-an-address' }, 'email'],
    [{ role: 'boss', name: 'X' }, 'role'],
    [{}, 'name'],
  ])('refuses a new contact %o naming %s', async (input, field) => {
    await expect(addContact(rt.deps, appId, input)).rejects.toMatchObject({ code: 'validation', field });
  });

  it('refuses to clear every way of reaching someone, and fields it does not know', async () => {
    const contact = await addContact(rt.deps, appId, { email: 'dana@acme.io' });
    await expect(updateContact(rt.deps, contact.id, { email: null })).rejects.toMatchObject({ field: 'name' });
    await expect(updateContact(rt.deps, contact.id, { applicationId: 'other' })).rejects.toMatchObject({ field: 'applicationId' });
  });

  it('says not_found for an unknown application or contact', async () => {
    await expect(addContact(rt.deps, 'nope', { name: 'Dana' })).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    await expect(updateContact(rt.deps, 'nope', { name: 'Dana' })).rejects.toMatchObject({ code: 'not_found', field: 'id' });
    await expect(deleteContact(rt.deps, 'nope')).rejects.toMatchObject({ code: 'not_found', field: 'id' });
  });
});
