/**
 * The pages, addressed by the URL's hash (`#/applications/app_1`), so that reloading or bookmarking a page
 * works without the server knowing the UI's paths.
 */
export type Route =
  | { name: 'today' }
  | { name: 'board' }
  | { name: 'application'; id: string }
  | { name: 'add' }
  | { name: 'import' }
  | { name: 'analytics' }
  | { name: 'settings'; section?: SettingsSection }
  | { name: 'mail'; tab: 'outbox' | 'review' }
  | { name: 'sources'; seed: string | null }
  | { name: 'not_found'; path: string };

/** The parts of Settings a link can open at: the mail account, and the profile the drafts are signed with. */
export type SettingsSection = 'mail' | 'profile';

const STATIC: Record<string, Route> = {
  '': { name: 'today' },
  today: { name: 'today' },
  board: { name: 'board' },
  add: { name: 'add' },
  import: { name: 'import' },
  analytics: { name: 'analytics' },
  settings: { name: 'settings' },
  'settings/mail': { name: 'settings', section: 'mail' },
  'settings/profile': { name: 'settings', section: 'profile' },
  mail: { name: 'mail', tab: 'outbox' },
  'mail/review': { name: 'mail', tab: 'review' },
  sources: { name: 'sources', seed: null },
};

/** Reads a location hash such as `#/applications/app_1`; anything unknown is `not_found`. */
export function parseRoute(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').replace(/\/+$/, '');
  const known = STATIC[path];
  if (known) return known;
  const [head, id, ...rest] = path.split('/');
  if (rest.length === 0 && id) {
    const decoded = safeDecode(id);
    if (decoded !== null && head === 'applications') return { name: 'application', id: decoded };
    if (decoded !== null && head === 'sources') return { name: 'sources', seed: decoded };
  }
  return { name: 'not_found', path };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The hash link to a page. */
export function href(route: Route): string {
  switch (route.name) {
    case 'application':
      return `#/applications/${encodeURIComponent(route.id)}`;
    case 'sources':
      return route.seed === null ? '#/sources' : `#/sources/${encodeURIComponent(route.seed)}`;
    case 'mail':
      return route.tab === 'review' ? '#/mail/review' : '#/mail';
    case 'settings':
      return route.section ? `#/settings/${route.section}` : '#/settings';
    case 'not_found':
      return `#/${route.path}`;
    default:
      return `#/${route.name}`;
  }
}
