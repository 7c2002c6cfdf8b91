import addressparser from 'nodemailer/lib/addressparser';

export interface Person {
  name: string | null;
  email: string | null;
}

// Control characters are replaced by spaces: names come from terminals and forms.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/g;

function clean(text: string | undefined, max: number): string | null {
  const value = (text ?? '').replace(CONTROL, ' ').replace(/\s+/g, ' ').trim();
  return value ? value.slice(0, max) : null;
}

/**
 * Reads a list of people as written on a command line or in a form: `Dana Smith <dana@acme.io>, Lee`.
 * Uses nodemailer's RFC 5322 address parser, which copes with quoted names holding commas and with broken
 * input; whatever cannot be a person (empty entries, stray brackets) is dropped, never thrown. Addresses are
 * lower-cased; whether they are valid is for the caller's schema to say, so it can name the field.
 *
 * @example
 * parsePeople('Dana Smith <dana@acme.io>, Lee'); // [{ name: 'Dana Smith', email: 'dana@acme.io' }, { name: 'Lee', email: null }]
 */
export function parsePeople(text: string): Person[] {
  const flat = addressparser(text, { flatten: true });
  const people: Person[] = [];
  for (const entry of flat) {
    const email = clean(entry.address, 254)?.toLowerCase() ?? null;
    let name = clean(entry.name, 200);
    if (name && /^[<>@,;:"\s]+$/.test(name)) name = null;
    // A lone word the parser took for an address ("Lee") is a name; an address written next to a name is
    // kept as written, valid or not, so the caller's schema can report it instead of dropping it.
    if (email && !email.includes('@') && !name) people.push({ name: email, email: null });
    else if (name || email) people.push({ name, email });
  }
  return people;
}
