/** @jsxImportSource preact */
import { STAGES } from '../../../../src/core/model/stage';
import type { ApplicationSummary, Stage } from '../../api/types';
import { targetsFrom } from '../../lib/board-moves';
import { overdueSince } from '../../lib/describe-due';
import { formatDate } from '../../lib/format-time';
import { ACTION_LABELS, STAGE_LABELS } from '../../lib/labels';
import { href } from '../../lib/route';

interface Props {
  app: ApplicationSummary;
  busy: boolean;
  /** The server's clock and the user's zone, to flag a next action whose window has closed. */
  now: string;
  zone: string;
  onMove(app: ApplicationSummary, to: Stage): void;
}

/**
 * One application on the board. It can be dragged with a pointer, and the "Move to" menu does the same from
 * the keyboard or a touch screen.
 */
export function BoardCard({ app, busy, now, zone, onMove }: Props) {
  const targets = targetsFrom(app.stage, STAGES);
  const menuId = `move-${app.id}`;
  const overdue = app.next ? overdueSince(app.next.due, zone, now) : null;
  return (
    <li
      class={`board-card${overdue ? ' is-overdue' : ''}`}
      draggable={!busy}
      data-application-id={app.id}
      onDragStart={(event) => {
        event.dataTransfer?.setData('text/plain', app.id);
        if (event.dataTransfer) event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <a class="board-card-title" href={href({ name: 'application', id: app.id })}>
        {app.company}
      </a>
      <span class="board-card-role">{app.role}</span>
      {app.next && (
        <span class="board-card-next muted">
          Next: {ACTION_LABELS[app.next.kind]}, {formatDate(app.next.due.start.slice(0, 10))}
        </span>
      )}
      {overdue && <span class="board-card-overdue">{overdue}</span>}
      {targets.length > 0 && (
        <label class="board-move">
          <span class="visually-hidden">Move {app.company} to</span>
          <select
            id={menuId}
            disabled={busy}
            value=""
            onChange={(event) => {
              const to = event.currentTarget.value as Stage;
              event.currentTarget.value = '';
              if (to) onMove(app, to);
            }}
          >
            <option value="">Move to…</option>
            {targets.map((stage) => (
              <option key={stage} value={stage}>
                {STAGE_LABELS[stage]}
              </option>
            ))}
          </select>
        </label>
      )}
    </li>
  );
}
