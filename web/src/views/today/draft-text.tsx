/** @jsxImportSource preact */
import { locateSpan } from '../../../../src/core/linting/lint-document';
import type { LintFinding } from '../../api/types';
import { segment } from '../../lib/segments';

interface Props {
  subject: string | null;
  body: string;
  findings: readonly LintFinding[];
}

/** The findings that point at words in one field, as spans into that field. */
function spansIn(field: 'subject' | 'body', props: Props): (LintFinding & { start: number; end: number })[] {
  return props.findings
    .filter((f) => f.end > f.start)
    .map((f) => ({ finding: f, at: locateSpan({ subject: props.subject, body: props.body }, f) }))
    .filter(({ at }) => at.field === field && at.end > at.start)
    .map(({ finding, at }) => ({ ...finding, start: at.start, end: at.end }));
}

function Marked({ text, spans }: { text: string; spans: ReturnType<typeof spansIn> }) {
  return (
    <>
      {segment(text, spans).map((piece, i) =>
        piece.span ? (
          <mark key={i} class={`lint lint-${piece.span.severity}`} title={piece.span.message}>
            {piece.text}
          </mark>
        ) : (
          piece.text
        ),
      )}
    </>
  );
}

/** The draft as text nodes, with the words the linter flagged marked where they stand. */
export function DraftText(props: Props) {
  return (
    <div class="draft-text">
      {props.subject !== null && (
        <p class="draft-subject">
          <span class="muted">Subject: </span>
          <Marked text={props.subject} spans={spansIn('subject', props)} />
        </p>
      )}
      <div class="draft-body">
        <Marked text={props.body} spans={spansIn('body', props)} />
      </div>
    </div>
  );
}
