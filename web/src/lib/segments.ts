/** A piece of text, marked with the span that covers it, if any. */
export interface Segment<S> {
  text: string;
  span: S | null;
}

/**
 * Cuts a text into plain and marked pieces for highlighting, so the UI renders text nodes and never HTML.
 * Spans are offsets into the text; they are clamped to it, and where spans overlap the one that starts first
 * (the longer one on a tie) keeps the overlap. Joining the pieces' text gives back the text.
 *
 * @example
 * segment('no calls please', [{ start: 0, end: 8 }]).map((s) => s.text); // ['no calls', ' please']
 */
export function segment<S extends { start: number; end: number }>(text: string, spans: readonly S[]): Segment<S>[] {
  const clamp = (n: number): number => Math.min(Math.max(Number.isFinite(n) ? Math.trunc(n) : 0, 0), text.length);
  const ordered = spans
    .map((span) => ({ span, start: clamp(span.start), end: clamp(span.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment<S>[] = [];
  let at = 0;
  for (const { span, start, end } of ordered) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    if (from > at) out.push({ text: text.slice(at, from), span: null });
    out.push({ text: text.slice(from, end), span });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), span: null });
  return out;
}
