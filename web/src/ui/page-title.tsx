/** @jsxImportSource preact */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** The page whose title last took the focus; null before the first page. */
let focusedFor: string | null = null;

/**
 * The page's one h1. It names the browser tab, and after a navigation it takes the focus, so a screen reader
 * announces the new page and the next Tab starts from its top. The first page of a visit and a page that
 * merely finished loading leave the focus where it is.
 */
export function PageTitle({ title, children }: { title: string; children?: ComponentChildren }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · hearback`;
    const page = window.location.hash || '#/';
    if (focusedFor !== null && focusedFor !== page) ref.current?.focus();
    focusedFor = page;
  }, [title]);
  return (
    <h1 ref={ref} tabIndex={-1} class="page-title">
      {children ?? title}
    </h1>
  );
}
