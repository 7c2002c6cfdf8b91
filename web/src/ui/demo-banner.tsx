/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../api/client';
import { useApp } from './app-context';
import { useToasts } from './toasts';
import { navigate } from './use-route';

/** Says plainly that the applications on screen are examples, with the way to remove them. */
export function DemoBanner() {
  const app = useApp();
  const toasts = useToasts();
  const [busy, setBusy] = useState(false);
  const remove = async (): Promise<void> => {
    setBusy(true);
    try {
      await api('DELETE', '/api/demo');
      await app.refresh();
      toasts.show({ message: 'Demo data removed.' });
      navigate('#/today');
    } catch (error) {
      toasts.show({ message: `Could not remove the demo: ${errorMessage(error)}`, tone: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <aside class="demo-banner" aria-label="Demo data">
      <p>
        <strong>Demo data.</strong> These applications are examples to look around with.
      </p>
      <button type="button" class="button button-small" onClick={() => void remove()} disabled={busy}>
        Remove demo data
      </button>
    </aside>
  );
}
