import { useEffect, useRef } from 'preact/hooks';

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
  // The position is read from a ref that every move sets at once. A handler closing over `active` keeps the
  // old position until the page re-renders, so a quick `k` then `e` opened the draft of the card `k` left.
  const position = useRef(active);
  position.current = active;
  useEffect(() => {
    const move = (index: number): void => {
      position.current = index;
      setActive(index);
    };
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || typing(event.target) || count === 0) return;
      const at = position.current;
      if (event.key === 'j') move(Math.min(at + 1, count - 1));
      else if (event.key === 'k') move(Math.max(at - 1, 0));
      else if (event.key === 'e') edit(Math.max(at, 0));
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [count, setActive, edit]);
}
