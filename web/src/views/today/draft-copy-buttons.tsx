/** @jsxImportSource preact */
import { errorMessage } from '../../api/client';
import { mailtoHref } from '../../lib/mailto';
import { copyText } from '../../ui/copy-text';
import { useToasts } from '../../ui/toasts';

interface Props {
  to: string | null;
  subject: string | null;
  body: string;
}

/**
 * Copy message, Copy subject and Open in mail app: the ways to take a draft elsewhere, shared by Today's
 * cards and the drafts of actions that are not due yet. Rendered as a fragment so the caller's button row
 * can add its own buttons after them.
 */
export function DraftCopyButtons({ to, subject, body }: Props) {
  const toasts = useToasts();
  const copy = async (what: 'body' | 'subject'): Promise<void> => {
    try {
      await copyText(what === 'body' ? body : (subject ?? ''));
      toasts.show({ message: what === 'body' ? 'Message copied. Paste it into your email.' : 'Subject copied.' });
    } catch (error) {
      toasts.show({ message: errorMessage(error), tone: 'error' });
    }
  };
  return (
    <>
      <button type="button" class="button" onClick={() => void copy('body')}>
        Copy message
      </button>
      {subject !== null && (
        <button type="button" class="button" onClick={() => void copy('subject')}>
          Copy subject
        </button>
      )}
      <a class="button" href={mailtoHref(to, subject, body)}>
        Open in mail app
      </a>
    </>
  );
}
