import type { ActionKind, DueWindow, SeedFile } from '../model';

/** How bad a finding is. `hearback lint` exits non-zero only on `error`. */
export type LintSeverity = 'error' | 'warning' | 'info';

/**
 * One thing the linter noticed. `start` and `end` are offsets into the linted text (see `lintText`): the
 * subject, a blank line, then the body. A finding about the message as a whole, such as a missing thank-you
 * or the timing, has the empty span `0..0`.
 */
export interface LintFinding {
  rule: string;
  severity: LintSeverity;
  start: number;
  end: number;
  /** One line a user can act on. */
  message: string;
  /** The seed files the rule comes from. */
  sources: SeedFile[];
}

/** What the linter knows about the message beyond its text. Every field but `kind` is optional. */
export interface LintContext {
  kind: ActionKind | 'other';
  /** The follow-up step (1 or 2): a second follow-up should be shorter than the first. */
  step?: number;
  contactName?: string | null;
  company?: string | null;
  role?: string | null;
  /** Discussion points recorded for the interview, to tell a personal message from a generic one. */
  discussed?: string[];
  /** When the interview a thank-you is about took place, ISO 8601: lateness is measured from it (004). */
  interviewAt?: string | null;
  /** The planner's due window for the action. */
  window?: DueWindow | null;
  /** The instant the message would be sent, ISO 8601, for the timing rule. */
  now?: string;
}

/** A message to lint. A `null` subject means a message without one: a call script or a pasted body. */
export interface LintMessage {
  subject: string | null;
  body: string;
}

/** The message as the rules see it: one text, with the body's place in it. */
export interface LintDocument {
  text: string;
  subject: string | null;
  body: string;
  /** Offset of the body within `text`. */
  bodyStart: number;
}

/** One lint rule: its metadata, used by docs/drafting.md, and its check. */
export interface LintRule {
  id: string;
  /** The severities it can report, most severe first, for the rules table. */
  severities: LintSeverity[];
  /** What it catches, in one line. */
  catches: string;
  sources: SeedFile[];
  check(doc: LintDocument, context: LintContext): LintFinding[];
}
