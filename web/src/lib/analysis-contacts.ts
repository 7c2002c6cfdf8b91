/** A contact row of the Add form, as strings: empty means unknown. */
export interface FoundContact {
  name: string;
  email: string;
  phone: string;
  role: 'hiring_manager';
}

/**
 * Contact rows from what the posting analyzer found, for the user to confirm: the n-th name goes with the
 * n-th address and the n-th number, as postings usually list them ("Jordan Lee, jordan@…"). A name with no
 * way to reach anyone makes no row, and five rows are plenty.
 *
 * @example
 * rowsFromAnalysis(['Jordan Lee'], ['jordan@x.example'], []); // [{ name: 'Jordan Lee', email: 'jordan@x.example', phone: '', role: 'hiring_manager' }]
 */
export function rowsFromAnalysis(names: readonly string[], emails: readonly string[], phones: readonly string[]): FoundContact[] {
  const reachable = Math.max(emails.length, phones.length);
  const count = Math.min(5, reachable);
  return Array.from({ length: count }, (_, i) => ({ name: names[i] ?? '', email: emails[i] ?? '', phone: phones[i] ?? '', role: 'hiring_manager' as const }));
}
