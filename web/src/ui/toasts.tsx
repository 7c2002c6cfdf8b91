/** @jsxImportSource preact */
import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
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
  return (
    <ToastContext.Provider value={value}>
      {children}
      <div class="toasts" role="status" aria-live="polite">
        {toasts.map((toast) => (
          <ToastView key={toast.id} toast={toast} dismiss={dismiss} show={show} />
        ))}
      </div>
    </ToastContext.Provider>
  );
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
