/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { STAGES } from '../../../../src/core/model/stage';
import { api, errorMessage } from '../../api/client';
import type { ApplicationSummary, ApplicationsResponse, EventLogged, Stage } from '../../api/types';
import { moveBetween } from '../../lib/board-moves';
import { STAGE_LABELS } from '../../lib/labels';
import { href } from '../../lib/route';
import { useApp } from '../../ui/app-context';
import { PageTitle } from '../../ui/page-title';
import { usePlanChanged } from '../../ui/plan-changes';
import { LoadError, Loading } from '../../ui/status';
import { useToasts } from '../../ui/toasts';
import { useResource } from '../../ui/use-resource';
import { BoardCard } from './board-card';

/** The board: a column per stage. Moving a card logs the event that leads to that stage, with an undo. */
export function BoardView() {
  const { timezone, now: serverNow } = useApp();
  const list = useResource(() => api<ApplicationsResponse>('GET', '/api/applications'), []);
  usePlanChanged(() => void list.reload());
  const toasts = useToasts();
  const [busy, setBusy] = useState<string | null>(null);
  const [over, setOver] = useState<Stage | null>(null);

  const move = async (app: ApplicationSummary, to: Stage): Promise<void> => {
    const plan = moveBetween(app.stage, to);
    if (!plan.ok) {
      toasts.show({ message: `${app.company}: ${plan.why}`, tone: 'error' });
      return;
    }
    setBusy(app.id);
    try {
      const { event } = await api<EventLogged>('POST', `/api/applications/${encodeURIComponent(app.id)}/events`, { kind: plan.kind });
      await list.reload();
      toasts.show({
        message: `${app.company} moved to ${STAGE_LABELS[to]}.`,
        undo: async () => {
          await api('DELETE', `/api/events/${encodeURIComponent(event.id)}`);
          await list.reload();
        },
      });
    } catch (error) {
      toasts.show({ message: `Could not move ${app.company}: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(null);
    }
  };

  if (list.error && !list.data) return <LoadError title="Board" error={list.error} retry={list.reload} />;
  if (!list.data) return <Loading title="Board" />;
  const apps = list.data.applications;
  const byStage = (stage: Stage): ApplicationSummary[] => apps.filter((a) => a.stage === stage);
  const now = serverNow();

  return (
    <div class="board-page">
      <PageTitle title="Board" />
      <p class="lead">
        Drag a card to another column, or use its <em>Move to</em> menu. Moving it records what happened, and you can undo it.
        {apps.length === 0 && (
          <>
            {' '}
            No applications yet: <a href={href({ name: 'add' })}>add one</a>.
          </>
        )}
      </p>
      <p class="board-hint" aria-hidden="true">
        Swipe sideways for the other stages →
      </p>
      <div class="board" tabIndex={0} role="group" aria-label="Applications by stage">
        {STAGES.map((stage) => {
          const cards = byStage(stage);
          return (
            <section
              key={stage}
              class={`board-column${over === stage ? ' is-over' : ''}`}
              aria-labelledby={`col-${stage}`}
              data-stage={stage}
              onDragOver={(event) => {
                event.preventDefault();
                setOver(stage);
              }}
              onDragLeave={() => setOver((s) => (s === stage ? null : s))}
              onDrop={(event) => {
                event.preventDefault();
                setOver(null);
                const app = apps.find((a) => a.id === event.dataTransfer?.getData('text/plain'));
                if (app && app.stage !== stage) void move(app, stage);
              }}
            >
              <h2 id={`col-${stage}`} class="board-column-title">
                {STAGE_LABELS[stage]} <span class="count">{cards.length}</span>
              </h2>
              <ul class="board-cards">
                {cards.map((app) => (
                  <BoardCard key={app.id} app={app} busy={busy === app.id} now={now} zone={timezone} onMove={(a, to) => void move(a, to)} />
                ))}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
