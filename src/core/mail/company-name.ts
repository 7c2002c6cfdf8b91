/** Legal forms and filler words that differ between how a company is written in a subject and in our records. */
const SUFFIXES = new Set([
  'inc',
  'incorporated',
  'llc',
  'ltd',
  'limited',
  'gmbh',
  'ag',
  'sa',
  'sas',
  'sarl',
  'srl',
  'spa',
  'bv',
  'nv',
  'plc',
  'corp',
  'corporation',
  'co',
  'company',
  'group',
  'holding',
  'holdings',
  'se',
  'oy',
  'ab',
  'as',
  'aps',
  'pty',
  'kg',
  'kk',
  'llp',
  'lp',
  'pbc',
  'ug',
  'gbr',
  'ohg',
  'mbh',
  'sl',
  'bvba',
  'sprl',
  'asa',
  'oyj',
  'technologies',
]);

/** Words, lower-cased, without diacritics or punctuation, "&" read as "and". */
function words(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Dotted abbreviations ("S.A.", "B.V.") are one word, so that legal forms written either way compare equal.
      .replace(/\b(?:[a-z]\.){2,}/g, (abbr) => abbr.replace(/\./g, ''))
      .replace(/&/g, ' and ')
      .replace(/['\u2019]s\b/g, '')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim()
      .split(' ')
      .filter((w) => w !== '')
  );
}

/**
 * A company name reduced to what is comparable: no legal form, no leading "The", no punctuation.
 *
 * @example
 * normaliseCompanyName('The Acme Company, Inc.'); // 'acme'
 * normaliseCompanyName('Müller & Söhne GmbH'); // 'muller and sohne'
 */
export function normaliseCompanyName(name: string): string {
  const list = words(name);
  if (list[0] === 'the' && list.length > 1) list.shift();
  while (list.length > 1 && SUFFIXES.has(list[list.length - 1] ?? '')) list.pop();
  return list.join(' ');
}

/** The name without spaces, for domains and run-together spellings: "Acme Robotics" → "acmerobotics". */
export function compactCompanyName(name: string): string {
  return normaliseCompanyName(name).replace(/ /g, '');
}

/**
 * Prepares a text for many company checks: the text is split into words once, and each check is then a
 * substring search. Takes names already normalised (see `normaliseCompanyName`), as a link index holds them.
 *
 * @example
 * const names = companyMatcher('Your application to Acme Robotics');
 * names('acme robotics'); // true
 */
export function companyMatcher(text: string): (normalisedName: string) => boolean {
  const haystack = ` ${words(text).join(' ')} `;
  let squeezed: string | null = null;
  return (name) => {
    if (name.length < 2) return false;
    if (haystack.includes(` ${name} `)) return true;
    const compact = name.replace(/ /g, '');
    if (compact.length < 6 || !name.includes(' ')) return false;
    squeezed ??= haystack.replace(/ /g, '');
    return squeezed.includes(compact);
  };
}

/**
 * True when the text names the company as whole words, or run together when the name is long enough that a
 * run-together match cannot be a coincidence ("AcmeRobotics" for "Acme Robotics").
 *
 * @example
 * mentionsCompany('Thank you for applying to ACME Inc!', 'Acme'); // true
 * mentionsCompany('Acmeology newsletter', 'Acme'); // false
 */
export function mentionsCompany(text: string, company: string): boolean {
  return companyMatcher(text)(normaliseCompanyName(company));
}
