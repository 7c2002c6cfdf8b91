/** @jsxImportSource preact */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { errorMessage } from '../api/client';

export interface ToastInput {
  message: string;
  /** Offers an "Undo" button that runs this. */
  undo?: () => Promise<unknown>;
  tone?: 'info' | 'error';
}

interface Toast extends ToastInput {
  id: number;
}

interface Toasts {
  show(toast: ToastInput): void;
}

const ToastContext = createContext<Toasts>({ show: () => undefined });

export function useToasts(): Toasts {
  return useContext(ToastContext);
}

/** How long a message stays; long enough to reach the Undo button by keyboard. */
const LIFETIME_MS = 10_000;

/**
 * Short messages after an action, in a live region so screen readers announce them. A toast with Undo stays
 * while the pointer or focus is on it.
 */
export function ToastProvider({ children }: { children: ComponentChildren }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const next = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((t) => t.id !== id)), []);
  const show = useCallback((toast: ToastInput) => {
    const id = next.current++;
    setToasts((all) => [...all.slice(-2), { ...toast, id }]);
  }, []);
  const value = useMemo(() => ({ show }), [show]);
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    if (box.current) keepFocusClear(box.current, toasts.length > 0);
  }, [toasts]);
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div ref={box} class="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} dismiss={dismiss} show={show} />
        ))}
      </div>
    </ToastContext.Provider>
  );
}

/** The gap kept between the toasts and what they must not cover, in pixels. */
const CLEARANCE = 12;

/**
 * Makes room below the page for the toasts and scrolls the focused element, with its card's buttons, clear of
 * them: a message about what the user just did must not hide the next thing they are about to press.
 */
function keepFocusClear(box: HTMLElement, shown: boolean): void {
  const space = shown ? box.getBoundingClientRect().height + 2 * CLEARANCE : 0;
  document.documentElement.style.setProperty('--toast-space', `${space}px`);
  const focused = document.activeElement;
  if (!shown || !(focused instanceof HTMLElement) || focused === document.body || box.contains(focused)) return;
  const target = focused.closest('article')?.querySelector('.card-actions') ?? focused;
  const covered = target.getBoundingClientRect();
  const toasts = box.getBoundingClientRect();
  const overlapsSideways = covered.left < toasts.right && covered.right > toasts.left;
  const overlap = covered.bottom + CLEARANCE - toasts.top;
  if (overlapsSideways && overlap > 0 && covered.top < toasts.bottom) window.scrollBy(0, overlap);
}

function ToastView({ toast, dismiss, show }: { toast: Toast; dismiss(id: number): void; show(t: ToastInput): void }) {
  const [held, setHeld] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    if (held) return undefined;
    const timer = setTimeout(() => dismiss(toast.id), LIFETIME_MS);
    return () => clearTimeout(timer);
  }, [held, toast.id, dismiss]);

  const undo = async (): Promise<void> => {
    if (!toast.undo) return;
    setBusy(true);
    try {
      await toast.undo();
      dismiss(toast.id);
      show({ message: 'Undone.' });
    } catch (error) {
      dismiss(toast.id);
      show({ message: `Could not undo: ${errorMessage(error)}`, tone: 'error' });
    }
  };

  return (
    <div
      class={`toast${toast.tone === 'error' ? ' toast-error' : ''}`}
      onMouseEnter={() => setHeld(true)}
      onMouseLeave={() => setHeld(false)}
      onFocusIn={() => setHeld(true)}
      onFocusOut={() => setHeld(false)}
    >
      <span>{toast.message}</span>
      {toast.undo && (
        <button type="button" class="button button-small" onClick={undo} disabled={busy}>
          Undo
        </button>
      )}
      <button type="button" class="button-icon" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
