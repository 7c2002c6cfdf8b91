/**
 * The pages, addressed by the URL's hash (`#/applications/app_1`), so that reloading or bookmarking a page
 * works without the server knowing the UI's paths. An application's page can also be opened at one action of
 * its plan (`#/applications/app_1/actions/a_7`): the calendar feed and the digest link there.
 */
export type Route =
  | { name: 'today' }
  | { name: 'board' }
  | { name: 'application'; id: string; action?: string }
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
  const decoded = id ? safeDecode(id) : null;
  if (decoded !== null && rest.length === 0) {
    if (head === 'applications') return { name: 'application', id: decoded };
    if (head === 'sources') return { name: 'sources', seed: decoded };
  }
  if (decoded !== null && head === 'applications' && rest.length === 2 && rest[0] === 'actions' && rest[1]) {
    const action = safeDecode(rest[1]);
    if (action !== null) return { name: 'application', id: decoded, action };
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
    case 'application': {
      const page = `#/applications/${encodeURIComponent(route.id)}`;
      return route.action === undefined ? page : `${page}/actions/${encodeURIComponent(route.action)}`;
    }
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
