import { z } from 'zod';
import { AppError } from '../core/app-error';
import type { Contact } from '../core/model';
import type { UserStore } from '../ports/store';
import { nowIso, type AppDeps } from './deps';
import { validatePatch } from './patch-fields';
import { replanApplication } from './replan';
import { contactInput, contactRole, email, phone, shortText } from './schemas';
import { validate } from './validate';

/** The fields of a contact a user may change. Left out: unchanged; `null`: cleared. */
export const ContactPatch = z
  .object({
    name: shortText(200).nullable(),
    role: contactRole,
    email: email.nullable(),
    phone: phone.nullable(),
    phoneIsDirect: z.boolean(),
  })
  .partial();
export type ContactPatch = z.input<typeof ContactPatch>;

/** A contact nobody can reach or address is not worth keeping. */
function requireSomething(contact: Pick<Contact, 'name' | 'email' | 'phone'>): void {
  if (!contact.name && !contact.email && !contact.phone) {
    throw new AppError('validation', 'name: a contact needs a name, an email address or a phone number', { field: 'name' });
  }
}

async function findContact(db: UserStore, id: string): Promise<Contact> {
  const contact = await db.getContact(id);
  if (!contact) throw new AppError('not_found', `no contact with id ${id}`, { field: 'id' });
  return contact;
}

/** Adds a contact to an application and replans it, in one transaction. */
export async function addContact(deps: AppDeps, applicationId: string, raw: unknown): Promise<Contact> {
  const input = validate(contactInput, raw);
  const contact: Contact = {
    id: deps.ids.next('contact'),
    applicationId,
    name: input.name ?? null,
    role: input.role,
    email: input.email ?? null,
    phone: input.phone ?? null,
    phoneIsDirect: input.phoneIsDirect,
    createdAt: nowIso(deps),
  };
  requireSomething(contact);
  return deps.db.transaction(async (db) => {
    if (!(await db.getApplication(applicationId))) throw new AppError('not_found', `no application with id ${applicationId}`, { field: 'id' });
    await db.insertContact(contact);
    await replanApplication({ ...deps, db }, applicationId);
    return contact;
  });
}

/** Changes a contact and replans its application, in one transaction. */
export async function updateContact(deps: AppDeps, id: string, raw: unknown): Promise<Contact> {
  const patch = validatePatch(ContactPatch, raw);
  return deps.db.transaction(async (db) => {
    const next: Contact = { ...(await findContact(db, id)), ...patch };
    requireSomething(next);
    await db.updateContact(next);
    await replanApplication({ ...deps, db }, next.applicationId);
    return next;
  });
}

/** Deletes a contact and replans its application, in one transaction. */
export async function deleteContact(deps: AppDeps, id: string): Promise<void> {
  await deps.db.transaction(async (db) => {
    const contact = await findContact(db, id);
    await db.deleteContact(id);
    await replanApplication({ ...deps, db }, contact.applicationId);
  });
}
