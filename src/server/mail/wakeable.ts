/** A pause that another part of the process can cut short. */
export interface Wakeable {
  /** Resolves after `ms`, or at once when woken (now, or since the last pause ended). */
  sleep(ms: number): Promise<void>;
  wake(): void;
}

/**
 * A wake that comes while nobody is sleeping is remembered, so the next pause returns at once: a message
 * approved while the sender is busy with a pass goes out right after it, not a minute later. Timers are
 * unref'd and never keep the process alive.
 *
 * @example
 * const w = wakeable();
 * setTimeout(() => w.wake(), 10);
 * await w.sleep(60_000); // returns after about 10 ms
 */
export function wakeable(): Wakeable {
  let pending: (() => void) | null = null;
  let woken = false;
  return {
    sleep(ms) {
      if (woken) {
        woken = false;
        return Promise.resolve();
      }
      return new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          pending = null;
          resolve();
        };
        const timer = setTimeout(done, Math.max(0, ms));
        timer.unref();
        pending = done;
      });
    },
    wake() {
      if (pending) pending();
      else woken = true;
    },
  };
}
