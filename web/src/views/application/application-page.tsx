/** @jsxImportSource preact */
import { api, errorMessage } from '../../api/client';
import type { AppEvent, ApplicationDetail } from '../../api/types';
import { formatDate } from '../../lib/format-time';
import { EVENT_LABELS, STAGE_LABELS } from '../../lib/labels';
import { href } from '../../lib/route';
import { useApp } from '../../ui/app-context';
import { PageTitle } from '../../ui/page-title';
import { usePlanChanged } from '../../ui/plan-changes';
import { PostingText } from '../../ui/posting-text';
import { LoadError, Loading } from '../../ui/status';
import { useToasts } from '../../ui/toasts';
import { useResource } from '../../ui/use-resource';
import { navigate } from '../../ui/use-route';
import { ContactsSection } from './contacts-section';
import { EditApplication } from './edit-application';
import { InterviewLog } from './interview-log';
import { LogEventForm } from './log-event-form';
import { PlanSection } from './plan-section';
import { Timeline } from './timeline';

/**
 * One application: its plan and why, the posting with what it says marked, people, history, and forms.
 * `action` is the planned action a link pointed at, which the plan brings forward.
 */
export function ApplicationPage({ id, action }: { id: string; action?: string }) {
  const { timezone, now: serverNow } = useApp();
  const toasts = useToasts();
  const detail = useResource(() => api<ApplicationDetail>('GET', `/api/applications/${encodeURIComponent(id)}`), [id]);
  usePlanChanged(() => void detail.reload());

  if (detail.error && !detail.data) return <LoadError title="Application" error={detail.error} retry={detail.reload} missing="This application does not exist (it may have been deleted)." />;
  if (!detail.data) return <Loading title="Application" />;
  const { application: app, contacts, events, plan, analysis } = detail.data;
  const now = serverNow();

  const removeEvent = async (event: AppEvent): Promise<void> => {
    if (!window.confirm(`Remove “${EVENT_LABELS[event.kind]}” from the timeline? The plan is made again without it.`)) return;
    try {
      await api('DELETE', `/api/events/${encodeURIComponent(event.id)}`);
      await detail.reload();
      toasts.show({ message: `${EVENT_LABELS[event.kind]} removed.` });
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    }
  };
  const deleteApplication = async (): Promise<void> => {
    if (!window.confirm(`Delete ${app.company} · ${app.role} with its contacts and history? This cannot be undone.`)) return;
    try {
      await api('DELETE', `/api/applications/${encodeURIComponent(app.id)}`);
      toasts.show({ message: `${app.company} deleted.` });
      navigate(href({ name: 'board' }));
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    }
  };

  return (
    <div class="application">
      <p class="breadcrumb">
        <a href={href({ name: 'board' })}>Board</a> ›
      </p>
      <PageTitle title={`${app.company} · ${app.role}`}>
        {app.company} <span class="title-sub">· {app.role}</span>
      </PageTitle>
      <p class="app-facts">
        <span class={`stage stage-${app.stage}`}>{STAGE_LABELS[app.stage]}</span>
        {app.appliedAt && <span> Applied {formatDate(app.appliedAt.slice(0, 10))}</span>}
        {app.source && <span> · via {app.source}</span>}
        {app.location && <span> · {app.location}</span>}
        {app.postingUrl && (
          <span>
            {' '}
            · <a href={app.postingUrl} rel="noopener noreferrer" target="_blank">Posting</a>
          </span>
        )}
      </p>
      <div class="app-grid">
        <div class="app-main">
          <section aria-labelledby="plan-heading" class="panel">
            <h2 id="plan-heading">Plan</h2>
            <PlanSection actions={plan.actions} notes={plan.notes} company={app.company} now={now} zone={timezone} target={action} />
          </section>
          <section aria-labelledby="interviews-heading" class="panel">
            <h2 id="interviews-heading">Interviews</h2>
            <InterviewLog events={events} contacts={contacts} zone={timezone} />
          </section>
          <section class="panel">
            <LogEventForm applicationId={app.id} contacts={contacts} onLogged={detail.reload} />
          </section>
          <section aria-labelledby="posting-heading" class="panel">
            <h2 id="posting-heading">Posting</h2>
            {app.postingText ? <PostingText text={app.postingText} findings={analysis?.findings ?? []} /> : <p class="muted">No posting text saved. Paste it under “Edit details” so hearback can read what it says about contact and dates.</p>}
          </section>
        </div>
        <div class="app-side">
          <section aria-labelledby="contacts-heading" class="panel">
            <h2 id="contacts-heading">Contacts</h2>
            <ContactsSection applicationId={app.id} contacts={contacts} policy={app.policy} onChanged={detail.reload} />
          </section>
          <section aria-labelledby="timeline-heading" class="panel">
            <h2 id="timeline-heading">Timeline</h2>
            <Timeline events={events} contacts={contacts} zone={timezone} onRemove={(e) => void removeEvent(e)} />
          </section>
          <section aria-labelledby="edit-heading" class="panel">
            <h2 id="edit-heading">Details</h2>
            <details>
              <summary>Edit details</summary>
              <EditApplication key={app.updatedAt} app={app} onSaved={detail.reload} />
            </details>
            <button type="button" class="button button-danger" onClick={() => void deleteApplication()}>
              Delete this application
            </button>
          </section>
        </div>
      </div>
    </div>
  );
}
