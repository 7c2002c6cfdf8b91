import type { AppEvent, EventKind, Stage } from '../model';
import type { ParsedDate } from './date-value';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** An event as an import produces it: the store use case gives it an id, an application and `createdAt`. */
export type ImportedEvent = DistributiveOmit<AppEvent, 'id' | 'applicationId' | 'createdAt'>;

/** The dates a row gives, by what they date. */
export interface RowDates {
  appliedAt: ParsedDate | null;
  savedAt: ParsedDate | null;
  /** When the row reached its current status. */
  statusAt: ParsedDate | null;
  interviewAt: ParsedDate | null;
  offerAt: ParsedDate | null;
  rejectedAt: ParsedDate | null;
}

export interface StageEventsInput {
  stage: Stage;
  dates: RowDates;
  /** Where the row came from, for notes: "Teal, line 4". */
  origin: string;
  /** The status as the file wrote it, or `null` when the format has none. */
  statusText: string | null;
  /** The import's instant, ISO 8601: the date of last resort. */
  now: string;
  /** What the store already knows of the row, when a later import updates it; absent for a new row. */
  earlier?: EarlierImport;
}

/**
 * What a re-import knows that the file does not: when the row was imported before, the steps that import
 * dated, and the latest event the user recorded since (a reply, a call, a note).
 */
export interface EarlierImport {
  /** The previous import of this row, ISO 8601. */
  importedAt: string;
  /** The steps the previous import wrote, with their dates. */
  steps: readonly { kind: EventKind; at: string }[];
  /** The latest event the user recorded for the application (not the import's), or `null`. */
  latestRecordedAt: string | null;
}

type StepKind = Extract<EventKind, 'applied' | 'interview' | 'offer' | 'rejection' | 'withdrawn' | 'ghosted'>;
type Step = { kind: StepKind; own: ParsedDate | null };

/** How each step is named in notes: "the interview date", "no date for the withdrawal". */
const LABEL: Record<StepKind, string> = {
  applied: 'application',
  interview: 'interview',
  offer: 'offer',
  rejection: 'rejection',
  withdrawn: 'withdrawal',
  ghosted: 'silence',
};

/**
 * The steps that lead to a stage, each with the date the file gives for it. An interview is only listed
 * before an offer, a rejection, a withdrawal or silence when the file dates one; it is never assumed.
 */
function stepsFor(stage: Stage, d: RowDates): Step[] {
  const interview: Step[] = d.interviewAt === null ? [] : [{ kind: 'interview', own: d.interviewAt }];
  const ending = (kind: StepKind, own: ParsedDate | null): Step[] => [
    { kind: 'applied', own: d.appliedAt },
    ...interview,
    { kind, own: own ?? d.statusAt },
  ];
  switch (stage) {
    case 'saved':
      return [];
    case 'applied':
      return [{ kind: 'applied', own: d.appliedAt ?? d.statusAt }];
    case 'interviewing':
      return [
        { kind: 'applied', own: d.appliedAt },
        { kind: 'interview', own: d.interviewAt ?? d.statusAt },
      ];
    case 'offer':
      return ending('offer', d.offerAt);
    case 'rejected':
      return ending('rejection', d.rejectedAt);
    case 'withdrawn':
      return ending('withdrawn', null);
    case 'ghosted':
      return ending('ghosted', null);
  }
}

/**
 * The date of a step the file does not date, by the documented rule: the nearest later step's date (it
 * happened no later), else the nearest earlier step's (no earlier), else the saved date (no earlier), else
 * the import instant. The returned phrase says which, for the event's note.
 */
function boundFor(steps: Step[], i: number, d: RowDates, now: string): { at: string; why: string } {
  const later = steps.slice(i + 1).find((s) => s.own !== null);
  if (later?.own != null)
    return { at: later.own.at, why: `dated at the ${LABEL[later.kind]} date, the nearest date it gives` };
  const earlier = steps
    .slice(0, i)
    .reverse()
    .find((s) => s.own !== null);
  if (earlier?.own != null)
    return { at: earlier.own.at, why: `dated at the ${LABEL[earlier.kind]} date, the nearest date it gives` };
  if (d.savedAt !== null)
    return { at: d.savedAt.at, why: 'dated at the date the job was saved, the only date it gives' };
  return { at: now, why: AT_IMPORT };
}

const AT_IMPORT = 'dated at the import';

/**
 * The date of an undated step when a later import updates the row. A step the previous import already
 * wrote keeps the date it had, so re-importing does not move it. A step first seen now happened after the
 * previous import (which did not list it) and after everything the user recorded since, so it is dated no
 * earlier than the later of those two, and never later than this import; a later step the file dates still
 * wins, since the file proves it came before that.
 */
function reimportBoundFor(
  steps: Step[],
  i: number,
  d: RowDates,
  now: string,
  earlier: EarlierImport,
): { at: string; why: string } {
  const step = steps[i]!;
  const seen = earlier.steps.find((s) => s.kind === step.kind);
  if (seen) return { at: seen.at, why: 'dated as the previous import of this row dated it' };
  const bound = boundFor(steps, i, d, now);
  if (steps.slice(i + 1).some((s) => s.own !== null)) return bound;
  const nowMs = Date.parse(now);
  const floors = [
    { ms: Date.parse(earlier.importedAt), why: 'dated at the previous import of this row, which did not list it' },
    ...(earlier.latestRecordedAt === null
      ? []
      : [{ ms: Date.parse(earlier.latestRecordedAt), why: 'dated at the latest event you recorded, since it came after it' }]),
  ].filter((f) => f.ms <= nowMs);
  const floor = floors.reduce<(typeof floors)[number] | null>((a, b) => (a === null || b.ms > a.ms ? b : a), null);
  // The import's own time is the last resort: a floor is a better-known date, as an earlier step is.
  if (floor === null || (bound.why !== AT_IMPORT && Date.parse(bound.at) >= floor.ms)) return bound;
  return { at: new Date(floor.ms).toISOString(), why: floor.why };
}

function eventOf(kind: StepKind, at: string, note: string): ImportedEvent {
  const base = { at, note, source: 'import' as const };
  switch (kind) {
    case 'interview':
      return { ...base, kind, data: { interviewerIds: [], discussed: [], nextStepDate: null } };
    case 'ghosted':
      return { ...base, kind, data: { actionId: null, actionKind: null, step: null } };
    default:
      return { ...base, kind, data: {} };
  }
}

/**
 * Turns a row's stage into the events that produce it, dated as well as the file allows, so the planner
 * works from when things happened: an application imported as applied three weeks ago gets its follow-ups
 * planned from that date. Each event's note says it was imported, from where, and how an undated step was
 * dated; each undated step also gives a warning for the import report.
 *
 * @example
 * eventsForStage({ stage: 'interviewing', dates: { ...noDates, appliedAt: nov20, interviewAt: dec02 }, origin: 'Teal, line 4', statusText: 'Interviewing', now })
 * // { events: [{ kind: 'applied', at: nov20.at, ... }, { kind: 'interview', at: dec02.at, ... }], warnings: [] }
 */
export function eventsForStage(input: StageEventsInput): { events: ImportedEvent[]; warnings: string[] } {
  const { dates, origin, statusText, now, earlier } = input;
  const steps = stepsFor(input.stage, dates);
  const prefix = `Imported from ${origin}${statusText === null ? '' : ` (status "${statusText}")`}.`;
  const warnings: string[] = [];
  const events = steps.map((step, i) => {
    if (step.own !== null) {
      const time = step.own.hasTime ? '' : ' The file gives the date only; the time is set to 12:00.';
      return eventOf(step.kind, step.own.at, prefix + time);
    }
    const bound = earlier ? reimportBoundFor(steps, i, dates, now, earlier) : boundFor(steps, i, dates, now);
    warnings.push(`no date for the ${LABEL[step.kind]}; ${bound.why}`);
    return eventOf(
      step.kind,
      bound.at,
      `${prefix} The file gives no date for the ${LABEL[step.kind]}; ${bound.why}.`,
    );
  });
  return { events, warnings };
}
