import { DateTime } from 'luxon';
import type { AppEvent, Application, Contact } from '../model';
import { contactPolicyWords } from '../import/hearback-format';
import type { CsvColumn } from './to-csv';

/**
 * The columns of the applications CSV. The headers are ones hearback's own importer recognises (Company,
 * Role, Stage, Applied, Posting URL, Contact...), so the file can be edited in a spreadsheet and brought back.
 */
export const APPLICATION_CSV_COLUMNS: readonly CsvColumn[] = [
  { key: 'company', header: 'Company' },
  { key: 'role', header: 'Role' },
  { key: 'stage', header: 'Stage' },
  { key: 'applied', header: 'Applied' },
  { key: 'postingUrl', header: 'Posting URL' },
  { key: 'source', header: 'Source' },
  { key: 'location', header: 'Location' },
  { key: 'country', header: 'Country' },
  { key: 'region', header: 'Region' },
  { key: 'timezone', header: 'Time zone' },
  { key: 'contactName', header: 'Contact' },
  { key: 'contactEmail', header: 'Contact email' },
  { key: 'contactPhone', header: 'Contact phone' },
  { key: 'lastEvent', header: 'Last event' },
  { key: 'lastEventOn', header: 'Last event on' },
  { key: 'decisionBy', header: 'Decision by' },
  { key: 'deadline', header: 'Deadline' },
  { key: 'policy', header: 'Contact policy' },
  { key: 'createdAt', header: 'Created' },
  { key: 'updatedAt', header: 'Updated' },
  { key: 'id', header: 'Id' },
];

export interface ApplicationsCsvInput {
  applications: readonly Application[];
  contacts: readonly Contact[];
  events: readonly AppEvent[];
}

const byCreationThenId = (a: Contact, b: Contact): number =>
  Date.parse(a.createdAt) - Date.parse(b.createdAt) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * How well a contact fits the one contact column: the hiring manager or recruiter with an address is whom a
 * person writes to, then anyone with an address, then anyone; an interviewer without one is seldom it.
 */
function contactRank(contact: Contact): number {
  if (contact.email === null) return 2;
  return contact.role === 'hiring_manager' || contact.role === 'recruiter' ? 0 : 1;
}

/** The application's contact a person would expect to see, by `contactRank`, then creation, then id. */
function chosenContact(contacts: readonly Contact[], applicationId: string): Contact | undefined {
  return contacts
    .filter((c) => c.applicationId === applicationId)
    .sort((a, b) => contactRank(a) - contactRank(b) || byCreationThenId(a, b))[0];
}

/** A calendar date in the user's zone: what a person expects to read in a spreadsheet's date column. */
function localDate(instant: string | null, zone: string): string | null {
  if (instant === null) return null;
  return DateTime.fromISO(instant, { zone }).toISODate();
}

/**
 * One row per application, in the order given, for `toCsv` with `APPLICATION_CSV_COLUMNS`. The contact a
 * person would write to fills the contact columns: the hiring manager or recruiter with an email address
 * first, then anyone with one, then anyone, the earliest created first. The latest event (by time, then id)
 * fills the last-event columns, and the contact policy is written in words ("no contact; no calls"). Dates
 * are calendar dates in the user's zone; created and updated stay instants, since they are bookkeeping.
 *
 * @example
 * applicationCsvRows({ applications: [acme], contacts: [], events: [appliedEvent] }, 'Europe/Berlin')
 * // [{ company: 'Acme', stage: 'applied', applied: '2024-11-20', lastEvent: 'applied', ... }]
 */
export function applicationCsvRows(
  input: ApplicationsCsvInput,
  zone: string,
): Record<string, string | null>[] {
  const byTimeThenId = (a: { at: string; id: string }, b: { at: string; id: string }) =>
    Date.parse(a.at) - Date.parse(b.at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  return input.applications.map((app) => {
    const contact = chosenContact(input.contacts, app.id);
    const last = input.events
      .filter((e) => e.applicationId === app.id)
      .sort(byTimeThenId)
      .at(-1);
    return {
      company: app.company,
      role: app.role,
      stage: app.stage,
      applied: localDate(app.appliedAt, zone),
      postingUrl: app.postingUrl,
      source: app.source,
      location: app.location,
      country: app.country,
      region: app.region,
      timezone: app.timezone,
      contactName: contact?.name ?? null,
      contactEmail: contact?.email ?? null,
      contactPhone: contact?.phone ?? null,
      lastEvent: last?.kind ?? null,
      lastEventOn: localDate(last?.at ?? null, zone),
      decisionBy: app.decisionBy,
      deadline: app.deadline,
      policy: contactPolicyWords(app.policy),
      createdAt: app.createdAt,
      updatedAt: app.updatedAt,
      id: app.id,
    };
  });
}
