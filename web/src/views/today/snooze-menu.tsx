/** @jsxImportSource preact */
import { useState } from 'preact/hooks';

interface Props {
  id: string;
  /** The server's `now`, so "next week" counts from the same clock as the plan. */
  now: string;
  /** `until` as an ISO instant or date; undefined means the server's default, a day later. */
  onSnooze(until: string | undefined, label: string): Promise<void>;
}

const WEEK_MS = 7 * 86_400_000;

/** Snooze for a day, a week, or until a chosen date, in a disclosure that works without a pointer. */
export function SnoozeMenu({ id, now, onSnooze }: Props) {
  const [date, setDate] = useState('');
  const tomorrow = new Date(Date.parse(now) + 86_400_000).toISOString().slice(0, 10);
  const run = async (until: string | undefined, label: string, close: HTMLDetailsElement | null): Promise<void> => {
    await onSnooze(until, label);
    if (close) close.open = false;
  };
  return (
    <details class="menu">
      <summary class="button">Snooze</summary>
      <div class="menu-panel" role="group" aria-label="Snooze until">
        <button type="button" class="button" onClick={(e) => void run(undefined, 'until tomorrow', e.currentTarget.closest('details'))}>
          Tomorrow
        </button>
        <button type="button" class="button" onClick={(e) => void run(new Date(Date.parse(now) + WEEK_MS).toISOString(), 'for a week', e.currentTarget.closest('details'))}>
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
            <input id={`${id}-until`} type="date" min={tomorrow} value={date} onInput={(e) => setDate(e.currentTarget.value)} required />
          </label>
          <button type="submit" class="button">
            Snooze
          </button>
        </form>
      </div>
    </details>
  );
}
