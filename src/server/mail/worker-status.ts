import { isAppError } from '../../core/app-error';

/** The last failure of a worker, in words for the page; cleared by the next pass that works. */
export interface WorkerError {
  code: string;
  message: string;
  /** When it first happened (the worker's clock); a repeat of the same failure keeps it. */
  since: string;
}

/** What the mail workers of one user are doing, for `GET /api/mail/status`. */
export interface MailWorkerStatus {
  sender: { lastPassAt: string | null; lastSentAt: string | null; error: WorkerError | null };
  watcher: { lastCheckAt: string | null; waiting: boolean; error: WorkerError | null };
}

export type WorkerName = 'sender' | 'watcher';

/** A failure as a code and a message; unexpected errors keep their message, which stays on this machine. */
export function describeFailure(error: unknown): { code: string; message: string } {
  if (isAppError(error)) return { code: error.code, message: error.message };
  return { code: 'internal', message: error instanceof Error ? error.message : String(error) };
}

/**
 * Keeps one user's worker status, and tells the log and the page when a failure starts, changes or ends:
 * once each, not every minute while a server stays down.
 */
export class WorkerStatusBook {
  readonly status: MailWorkerStatus = {
    sender: { lastPassAt: null, lastSentAt: null, error: null },
    watcher: { lastCheckAt: null, waiting: false, error: null },
  };

  constructor(
    private readonly label: string,
    private readonly log: (line: string) => void,
    private readonly changed: () => void,
  ) {}

  /** Records a failure of a worker, or its recovery (`null`). */
  failure(worker: WorkerName, failure: { code: string; message: string } | null, now: string, error?: unknown): void {
    const before = this.status[worker].error;
    if (failure === null) {
      if (before === null) return;
      this.status[worker].error = null;
      this.log(`hearback: the mail ${worker} for ${this.label} works again`);
      this.changed();
      return;
    }
    if (before?.message === failure.message) return;
    this.status[worker].error = { ...failure, since: now };
    const detail = failure.code === 'internal' && error instanceof Error && error.stack ? error.stack : failure.message;
    this.log(`hearback: the mail ${worker} for ${this.label} failed: ${detail}`);
    this.changed();
  }
}
