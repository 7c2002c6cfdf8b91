/** @jsxImportSource preact */
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  /** The server's `now`, so "next week" counts from the same clock as the plan. */
  now: string;
  /**
   * When the action's window opens. A snooze counts from the later of this and `now`, because one that ends
   * before the window opens would not move it.
   */
  opens: string;
  /** `until` as an ISO instant or date; undefined means the server's default, a day later. */
  onSnooze(until: string | undefined, label: string): Promise<void>;
}

const WEEK_MS = 7 * 86_400_000;

/** Snooze for a day, a week, or until a chosen date, in a disclosure that works without a pointer. */
export function SnoozeMenu({ id, now, opens, onSnooze }: Props) {
  const [date, setDate] = useState('');
  const from = Math.max(Date.parse(now), Date.parse(opens));
  const dayAfter = new Date(from + 86_400_000).toISOString().slice(0, 10);
  const run = async (until: string | undefined, label: string, close: HTMLDetailsElement | null): Promise<void> => {
    await onSnooze(until, label);
    if (close) close.open = false;
  };
  return (
    <details class="menu">
      <summary class="button">Snooze</summary>
      <div class="menu-panel" role="group" aria-label="Snooze until">
        <button type="button" class="button" onClick={(e) => void run(undefined, 'by a day', e.currentTarget.closest('details'))}>
          A day later
        </button>
        <button type="button" class="button" onClick={(e) => void run(new Date(from + WEEK_MS).toISOString(), 'for a week', e.currentTarget.closest('details'))}>
          Next week
        </button>
        <form
          class="inline-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (date) void run(date, `until ${date}`, e.currentTarget.closest('details'));
          }}
        >
          <label class="field field-inline">
            <span>Until</span>
            <input id={`${id}-until`} type="date" min={dayAfter} value={date} onInput={(e) => setDate(e.currentTarget.value)} required />
          </label>
          <button type="submit" class="button">
            Snooze
          </button>
        </form>
      </div>
    </details>
  );
}
