/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { ApplicationsResponse } from '../../api/types';
import { href } from '../../lib/route';
import { emptyLead } from '../../lib/today-lead';
import { useApp } from '../../ui/app-context';
import { useResource } from '../../ui/use-resource';
import { useToasts } from '../../ui/toasts';

/**
 * What to do when nothing is due now, saying so when something opens later today. On an empty store it
 * offers the demo, so a first-time user sees what a morning with hearback looks like before typing anything.
 */
export function EmptyToday({ onLoaded, later }: { onLoaded(): Promise<void>; later: number }) {
  const app = useApp();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const apps = useResource(() => api<ApplicationsResponse>('GET', '/api/applications'), []);
  const empty = apps.data !== null && apps.data.applications.length === 0;

  const loadDemo = async (): Promise<void> => {
    setBusy(true);
    try {
      const { created } = await api<{ created: unknown[] | number }>('POST', '/api/demo');
      await app.refresh();
      await onLoaded();
      toasts.show({ message: `Loaded ${Array.isArray(created) ? created.length : created} example applications.` });
    } catch (error) {
      toasts.show({ message: `Could not load the demo: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const lead = emptyLead(later);
  return (
    <div class="empty">
      <h2>{lead.heading}</h2>
      {lead.line && <p>{lead.line}</p>}
      {empty ? (
        <>
          <p>You have no applications yet. Add the first one: paste the job posting and hearback plans when to follow up.</p>
          <div class="button-row">
            <a class="button button-primary" href={href({ name: 'add' })}>
              Add an application
            </a>
            <button type="button" class="button" onClick={() => void loadDemo()} disabled={busy}>
              Load the demo
            </button>
          </div>
          <p>
            Already tracking them somewhere? <a href={href({ name: 'import' })}>Bring your applications from LinkedIn, Huntr, Teal...</a>
          </p>
          <p class="muted">The demo fills hearback with example applications so you can look around. You can remove it with one click.</p>
        </>
      ) : (
        lead.line === null && (
          <p>
            You are up to date. <a href={href({ name: 'add' })}>Add an application</a> when you apply somewhere, or look at the{' '}
            <a href={href({ name: 'board' })}>board</a>.
          </p>
        )
      )}
    </div>
  );
}
