import { useEffect } from 'preact/hooks';

interface Keys {
  count: number;
  active: number;
  setActive(index: number): void;
  edit(index: number): void;
}

/** Whether a key press belongs to a text field or a menu rather than to the page. */
function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * `j` and `k` move to the next and previous action, `e` opens the active action's draft for editing. Keys
 * typed into a field, or with a modifier, are left alone.
 */
export function useCardKeys({ count, active, setActive, edit }: Keys): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target) || count === 0) return;
      if (event.key === 'j') setActive(Math.min(active + 1, count - 1));
      else if (event.key === 'k') setActive(Math.max(active - 1, 0));
      else if (event.key === 'e') edit(Math.max(active, 0));
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, active, setActive, edit]);
}
