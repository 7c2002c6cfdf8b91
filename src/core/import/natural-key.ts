/**
 * Text as compared for identity: Unicode-normalised, accents dropped, lower case, and every run of
 * punctuation or space made one space. "Société Générale" and "SOCIETE  GENERALE" compare equal, so a
 * file re-saved from Excel in another encoding or case still finds its rows.
 *
 * @example
 * keyText('  Société Générale, S.A. ') // 'societe generale s a'
 */
export function keyText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Query parameters that track the click, not the posting, and so differ between two copies of one link. */
const TRACKING =
  /^(utm_.*|ref|refid|trackingid|trk|trkinfo|src|source|lipi|originalsubdomain|gclid|fbclid)$/i;

/**
 * A posting URL as compared: no scheme, no `www.`, lower-case host, no fragment, no trailing slash, no
 * tracking parameters, the remaining parameters sorted. A value that is not an http(s) URL is compared as
 * text.
 *
 * @example
 * keyUrl('https://www.linkedin.com/jobs/view/3791234567/?refId=abc&trk=x') // 'linkedin.com/jobs/view/3791234567'
 */
export function keyUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return keyText(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return keyText(url);
  const params = [...parsed.searchParams.entries()]
    .filter(([name]) => !TRACKING.test(name))
    .sort(([a, av], [b, bv]) => (a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1));
  const query = params.map(([name, value]) => `${name}=${value}`).join('&');
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const path = parsed.pathname.replace(/\/+$/, '');
  return `${host}${parsed.port === '' ? '' : `:${parsed.port}`}${path}${query === '' ? '' : `?${query}`}`;
}

/**
 * The identity of an imported application, which makes re-importing a file change nothing: the company and
 * the role compared as text, and then the posting URL when the row has one, else the calendar date of the
 * application, else the date the job was saved, else nothing. It depends only on the row's values, never on
 * the row's position, the file's encoding or delimiter, or the import's time. A LinkedIn saved job and its
 * later application share a URL, so the application updates the saved job instead of duplicating it.
 *
 * @example
 * naturalKey({ company: 'Acme', role: 'Engineer', url: 'https://acme.example/jobs/1', appliedOn: '2024-11-20', savedOn: null })
 * // 'acme|engineer|url:acme.example/jobs/1'
 */
export function naturalKey(row: {
  company: string;
  role: string;
  url: string | null;
  appliedOn: string | null;
  savedOn: string | null;
}): string {
  const head = `${keyText(row.company)}|${keyText(row.role)}`;
  if (row.url !== null && keyUrl(row.url) !== '') return `${head}|url:${keyUrl(row.url)}`;
  if (row.appliedOn !== null) return `${head}|applied:${row.appliedOn}`;
  if (row.savedOn !== null) return `${head}|saved:${row.savedOn}`;
  return head;
}

/**
 * A short, stable digest of a row's imported values (64-bit FNV-1a, hex), so the store use case can tell an
 * unchanged row from an updated one by comparing with the digest it kept from the last import, without
 * comparing events whose dates may have been set at import time.
 *
 * @example
 * fingerprint(['Acme', 'Engineer']) === fingerprint(['Acme', 'Engineer']) // true
 */
export function fingerprint(values: readonly (string | null)[]): string {
  let hash = 0xcbf29ce484222325n;
  const text = JSON.stringify(values);
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
}
