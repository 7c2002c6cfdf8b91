/** @jsxImportSource preact */
import type { PostingFinding, PostingFindingKind } from '../api/types';
import { FINDING_LABELS } from '../lib/labels';
import { segment } from '../lib/segments';

/** Findings worth a colour: what limits contact, the dates, the people, and the place that sets the zone. Company and role are shown in the form. */
const SHOWN: ReadonlySet<PostingFindingKind> = new Set(['no_contact', 'no_calls', 'no_agencies', 'only_shortlisted', 'decision_date', 'deadline', 'email', 'phone', 'name', 'location']);

const GROUP: Record<PostingFindingKind, 'limit' | 'date' | 'person' | 'other'> = {
  no_contact: 'limit',
  no_calls: 'limit',
  no_agencies: 'limit',
  only_shortlisted: 'limit',
  decision_date: 'date',
  deadline: 'date',
  email: 'person',
  phone: 'person',
  name: 'person',
  company: 'other',
  role: 'other',
  location: 'other',
};

/** Which reading names a span when several cover the same words: the one that changes the plan most. */
const PRIORITY: PostingFindingKind[] = ['no_contact', 'no_calls', 'only_shortlisted', 'no_agencies', 'decision_date', 'deadline', 'name', 'email', 'phone', 'company', 'role', 'location'];

interface Span {
  start: number;
  end: number;
  kinds: PostingFindingKind[];
  value: string | undefined;
}

/** One span per stretch of text, carrying every reading of it, most important first. */
function spansOf(findings: readonly PostingFinding[]): Span[] {
  const byRange = new Map<string, Span>();
  for (const f of findings) {
    const key = `${f.start}:${f.end}`;
    const span = byRange.get(key) ?? { start: f.start, end: f.end, kinds: [], value: f.value };
    span.kinds.push(f.kind);
    byRange.set(key, span);
  }
  const rank = (k: PostingFindingKind): number => PRIORITY.indexOf(k);
  return [...byRange.values()].map((s) => ({ ...s, kinds: [...s.kinds].sort((a, b) => rank(a) - rank(b)) }));
}

/**
 * A posting with what the analyzer read marked in place: requests not to be contacted, dates and contacts.
 * The text is rendered as text nodes, never as HTML, whatever the posting contains.
 */
export function PostingText({ text, findings }: { text: string; findings: readonly PostingFinding[] }) {
  const shown = findings.filter((f) => SHOWN.has(f.kind));
  const kinds = [...new Set(shown.map((f) => f.kind))];
  return (
    <div class="posting">
      {kinds.length > 0 && (
        <ul class="legend" aria-label="Highlighted in the posting">
          {kinds.map((kind) => (
            <li key={kind}>
              <mark class={`hl hl-${GROUP[kind]}`}>{FINDING_LABELS[kind]}</mark>
            </li>
          ))}
        </ul>
      )}
      <div class="posting-text">
        {segment(text, spansOf(shown)).map((piece, i) => {
          if (!piece.span) return piece.text;
          const [main = 'role', ...more] = piece.span.kinds;
          const title = [main, ...more].map((k) => FINDING_LABELS[k]).join('; ') + (piece.span.value && piece.span.value !== piece.text ? `: ${piece.span.value}` : '');
          return (
            <mark key={i} class={`hl hl-${GROUP[main]}`} title={title} data-kind={main}>
              {piece.text}
            </mark>
          );
        })}
      </div>
    </div>
  );
}
