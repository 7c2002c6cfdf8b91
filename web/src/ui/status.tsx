/** @jsxImportSource preact */
import { errorMessage } from '../api/client';
import { PageTitle } from './page-title';

/**
 * A page whose data is on its way. Its heading does not take the focus: the loaded page's title will, and a
 * focused element that is about to be replaced would drop the focus to the top of the document.
 */
export function Loading({ title }: { title: string }) {
  return (
    <div>
      <h1 class="page-title">{title}</h1>
      <p class="muted" role="status">
        Loading…
      </p>
    </div>
  );
}

/** A page that could not load, with what went wrong and a way to try again. */
export function LoadError({ title, error, retry }: { title: string; error: unknown; retry(): Promise<void> }) {
  return (
    <div>
      <PageTitle title={title} />
      <div class="notice notice-error" role="alert">
        <p>Could not load this page: {errorMessage(error)}</p>
        <button type="button" class="button" onClick={() => void retry()}>
          Try again
        </button>
      </div>
    </div>
  );
}
