import type { ContactRole } from '../model';

/** The people a Reactive Resume Contacts cell names, each with the role it gives in brackets. */
export interface ListedContact {
  name: string;
  role: ContactRole;
}

const ROLES: Readonly<Record<string, ContactRole>> = {
  recruiter: 'recruiter',
  'talent acquisition': 'recruiter',
  'hiring manager': 'hiring_manager',
  manager: 'hiring_manager',
  interviewer: 'interviewer',
};

/** `Jane Roe (Recruiter)`: a name, then an optional role in brackets at the end. */
const ENTRY = /^(.*?)\s*(?:\(([^()]*)\))?$/;

/**
 * Reads a Reactive Resume Contacts cell, as its export writes it: `Jane Roe (Recruiter)`, one person per
 * line or semicolon. A role hearback does not know is `other`; an entry with no name is skipped.
 *
 * @example
 * parseContactList('Jane Roe (Recruiter); Sam Lee')
 * // [{ name: 'Jane Roe', role: 'recruiter' }, { name: 'Sam Lee', role: 'other' }]
 */
export function parseContactList(cell: string): ListedContact[] {
  return cell.split(/[;\r\n]+/).flatMap((entry) => {
    const match = ENTRY.exec(entry.trim());
    const name = match?.[1]?.trim() ?? '';
    if (name === '') return [];
    const role = ROLES[(match?.[2] ?? '').trim().toLowerCase()] ?? 'other';
    return [{ name, role }];
  });
}
