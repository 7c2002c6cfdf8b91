import { useEffect, useRef } from 'preact/hooks';
import { TAB_ID } from '../api/client';

const EVENT = 'hearback:plan-changed';

/**
 * Listens to the server's event stream and tells the views when plans changed elsewhere (the scheduler, the
 * command line, another tab). EventSource reconnects by itself after the server restarts.
 */
export function subscribeToPlanChanges(): () => void {
  if (typeof EventSource === 'undefined') return () => undefined;
  const source = new EventSource('/api/events/stream');
  const onChange = (message: MessageEvent<string>): void => {
    if (originOf(message.data) === TAB_ID) return;
    window.dispatchEvent(new Event(EVENT));
  };
  source.addEventListener('plan-changed', onChange);
  return () => source.close();
}

/** The tab that caused a change, from the event's data; null when unknown or from the scheduler. */
function originOf(data: string): string | null {
  try {
    const parsed = JSON.parse(data) as { origin?: unknown };
    return typeof parsed.origin === 'string' ? parsed.origin : null;
  } catch {
    return null;
  }
}

/** Runs `callback` whenever plans changed elsewhere. */
export function usePlanChanged(callback: () => void): void {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    const run = (): void => latest.current();
    window.addEventListener(EVENT, run);
    return () => window.removeEventListener(EVENT, run);
  }, []);
}
