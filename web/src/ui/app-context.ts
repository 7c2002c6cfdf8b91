import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Session } from '../api/types';

export interface AppState {
  session: Session | null;
  /** The user's zone for showing times, from the settings; the browser's until they load. */
  timezone: string;
  /**
   * The server's clock, which `hearback serve --now` may pin: "due today" and "applied today" are
   * reckoned by it, not by the browser's clock.
   */
  now(): string;
  /** Fetches the session and settings again, after loading or removing the demo or saving settings. */
  refresh(): Promise<void>;
}

export const AppContext = createContext<AppState>({
  session: null,
  timezone: Intl.DateTimeFormat().resolvedOptions().timeZone,
  now: () => new Date().toISOString(),
  refresh: async () => undefined,
});

export function useApp(): AppState {
  return useContext(AppContext);
}
