import type { LintDocument, LintMessage } from './types';

/** Separates the subject from the body in the linted text. */
const SEPARATOR = '\n\n';

/**
 * The text the linter reports offsets into: `subject + '\n\n' + body`, or the body alone when there is no
 * subject. Keeping one text makes a finding's span a plain pair of numbers for JSON output.
 *
 * @example
 * lintText({ subject: 'Hi', body: 'There' }); // 'Hi\n\nThere'
 */
export function lintText(message: LintMessage): string {
  return message.subject === null ? message.body : message.subject + SEPARATOR + message.body;
}

/** Builds the document the rules work on. */
export function makeDocument(message: LintMessage): LintDocument {
  const bodyStart = message.subject === null ? 0 : message.subject.length + SEPARATOR.length;
  return { text: lintText(message), subject: message.subject, body: message.body, bodyStart };
}

/** A span within one field of the message, for a UI that shows subject and body apart. */
export interface FieldSpan {
  field: 'subject' | 'body';
  start: number;
  end: number;
}

/**
 * Maps a finding's span in the linted text back to the subject or the body. A span that starts in the
 * subject is clipped to it; an offset in the separator lands at the start of the body.
 *
 * @example
 * locateSpan({ subject: 'Hi', body: 'There' }, { start: 4, end: 9 }); // { field: 'body', start: 0, end: 5 }
 */
export function locateSpan(message: LintMessage, span: { start: number; end: number }): FieldSpan {
  if (message.subject !== null && span.start < message.subject.length) {
    return { field: 'subject', start: span.start, end: Math.min(span.end, message.subject.length) };
  }
  const bodyStart = message.subject === null ? 0 : message.subject.length + SEPARATOR.length;
  const clamp = (offset: number): number => Math.min(Math.max(offset - bodyStart, 0), message.body.length);
  return { field: 'body', start: clamp(span.start), end: clamp(span.end) };
}

/**
 * Splits a message the user pasted or saved to a file: a first line `Subject: ...` followed by a blank line
 * becomes the subject, and everything else is the body. Text without that header is all body.
 *
 * @example
 * parseMessageText('Subject: Hello\n\nDear Dana,'); // { subject: 'Hello', body: 'Dear Dana,' }
 */
export function parseMessageText(text: string): LintMessage {
  const normalised = text.replace(/\r\n?/g, '\n');
  const header = /^subject:[ \t]*([^\n]*)\n(?:[ \t]*\n)*/i.exec(normalised);
  if (header === null) return { subject: null, body: normalised };
  return { subject: (header[1] ?? '').trim(), body: normalised.slice(header[0].length) };
}
