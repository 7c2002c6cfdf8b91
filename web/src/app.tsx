/** @jsxImportSource preact */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { api, getSession } from './api/client';
import type { Session, Settings } from './api/types';
import { href, type Route } from './lib/route';
import { AppContext, type AppState } from './ui/app-context';
import { DemoBanner } from './ui/demo-banner';
import { subscribeToPlanChanges } from './ui/plan-changes';
import { ToastProvider } from './ui/toasts';
import { useMailAttention } from './ui/use-mail';
import { useRoute } from './ui/use-route';
import { AddView } from './views/add/add-view';
import { ApplicationPage } from './views/application/application-page';
import { BoardView } from './views/board/board-view';
import { ImportView } from './views/import/import-view';
import { LazyAnalytics } from './views/analytics/lazy-analytics';
import { MailView } from './views/mail/mail-view';
import { NotFound } from './views/not-found';
import { SettingsView } from './views/settings/settings-view';
import { SourcesView } from './views/sources/sources-view';
import { TodayView } from './views/today/today-view';

const NAV: { route: Route; label: string }[] = [
  { route: { name: 'today' }, label: 'Today' },
  { route: { name: 'board' }, label: 'Board' },
  { route: { name: 'add' }, label: 'Add' },
  { route: { name: 'import' }, label: 'Import' },
  { route: { name: 'mail', tab: 'outbox' }, label: 'Mail' },
  { route: { name: 'analytics' }, label: 'Analytics' },
  { route: { name: 'settings' }, label: 'Settings' },
];

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'today':
      return <TodayView />;
    case 'board':
      return <BoardView />;
    case 'application':
      return <ApplicationPage key={route.id} id={route.id} action={route.action} />;
    case 'add':
      return <AddView />;
    case 'import':
      return <ImportView />;
    case 'analytics':
      return <LazyAnalytics />;
    case 'settings':
      return <SettingsView key={route.section ?? ''} section={route.section} />;
    case 'mail':
      return <MailView tab={route.tab} />;
    case 'sources':
      return <SourcesView seed={route.seed} />;
    case 'not_found':
      return <NotFound path={route.path} />;
  }
}

/** The frame around every page: skip link, navigation, the demo banner, messages. */
export function App() {
  const route = useRoute();
  const [session, setSession] = useState<Session | null>(null);
  const [timezone, setTimezone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [clock, setClock] = useState({ server: Date.now(), local: Date.now() });

  const refresh = useCallback(async () => {
    const [fresh, settings] = await Promise.all([getSession(true), api<Settings>('GET', '/api/settings').catch(() => null)]);
    setSession(fresh);
    if (settings) setTimezone(settings.timezone);
    // The server's clock, which `--now` may pin: what "today" and "overdue" mean on the page.
    setClock({ server: Date.parse(fresh.now), local: Date.now() });
  }, []);
  const now = useCallback(() => new Date(clock.server + (Date.now() - clock.local)).toISOString(), [clock]);
  useEffect(() => {
    void refresh().catch(() => undefined);
    return subscribeToPlanChanges();
  }, [refresh]);

  const state: AppState = useMemo(() => ({ session, timezone, now, refresh }), [session, timezone, now, refresh]);
  const current = route.name === 'application' ? 'board' : route.name;
  const mailWaiting = useMailAttention();
  const skip = (event: Event): void => {
    event.preventDefault();
    document.getElementById('main')?.focus();
  };

  return (
    <AppContext.Provider value={state}>
      <ToastProvider>
        <a class="skip-link" href="#main" onClick={skip}>
          Skip to content
        </a>
        <header class="topbar">
          <a class="brand" href={href({ name: 'today' })}>
            hearback
          </a>
          <nav aria-label="Main">
            <ul class="nav">
              {NAV.map(({ route: target, label }) => (
                <li key={label}>
                  <a href={href(target)} aria-current={current === target.name ? 'page' : undefined}>
                    {label}
                    {target.name === 'mail' && mailWaiting > 0 && (
                      <span class="nav-count">
                        {' '}
                        {mailWaiting}
                        <span class="visually-hidden"> waiting</span>
                      </span>
                    )}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
        </header>
        {session?.demo && <DemoBanner />}
        <main id="main" tabIndex={-1}>
          <Page route={route} />
        </main>
      </ToastProvider>
    </AppContext.Provider>
  );
}
