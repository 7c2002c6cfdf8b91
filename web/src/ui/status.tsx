/** @jsxImportSource preact */
import { ApiError, errorMessage } from '../api/client';
import { href } from '../lib/route';
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

interface LoadErrorProps {
  title: string;
  error: unknown;
  retry(): Promise<void>;
  /**
   * What to say when the thing the page shows does not exist (a 404). Trying again cannot help then, so the
   * page offers the way back to the Board instead.
   */
  missing?: string;
}

/** A page that could not load, with what went wrong and a way to try again, or back when it is gone. */
export function LoadError({ title, error, retry, missing }: LoadErrorProps) {
  if (missing && error instanceof ApiError && (error.status === 404 || error.code === 'not_found')) {
    return (
      <div>
        <PageTitle title={title} />
        <div class="notice notice-error" role="alert">
          <p>{missing}</p>
          <p>
            <a href={href({ name: 'board' })}>Back to the Board</a>
          </p>
        </div>
      </div>
    );
  }
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
