import { parseInstant } from '../calendar/instant';
import type { BusinessCalendar, Interval } from '../calendar/business-calendar';
import type { DayNumber } from '../calendar/civil-date';
import type { MinuteRange } from '../calendar/time-of-day';
import type {
  Action,
  ActionContext,
  ActionKind,
  ActionState,
  Application,
  Channel,
  Contact,
  PlaybookName,
  PlaybookParams,
  SeedFile,
} from '../model';
import { toActionContact } from './contact-choice';
import { add } from './shared-list';
import { cite } from './sources';
import type { Facts } from './facts';
import type { ResolvedSettings } from './resolved-settings';
import type { Scheduler } from './scheduler';

/** Why the plan holds nothing for a rule, so the UI can say so ("the posting asks not to be contacted"). */
export interface PlanNote {
  rule: string;
  message: string;
  sources: SeedFile[];
}

/** Everything a rule needs, and where it puts what it plans. */
export interface PlanContext {
  app: Application;
  contacts: readonly Contact[];
  facts: Facts;
  playbook: PlaybookName;
  params: PlaybookParams;
  settings: ResolvedSettings;
  calendar: BusinessCalendar;
  scheduler: Scheduler;
  states: ReadonlyMap<string, ActionState>;
  /** No message lands before this day: the day after an out-of-office return date. */
  awayFloor: DayNumber | null;
  /** The `now` of the plan: only used to skip building what has long expired (see `longExpired`). */
  nowMs: number;
  /** What the rules planned, in the order they planned it; starts as the shared empty list. */
  planned: readonly Planned[];
  /** Starts as the shared empty list too: most plans have no note. */
  notes: readonly PlanNote[];
}

/** A planned action with the instants its window starts and it expires, so that nothing is parsed back. */
export interface Planned {
  action: Action;
  startMs: number;
  expiresMs: number | null;
}

export interface Proposal {
  id: string;
  kind: ActionKind;
  step: number;
  channel: Channel | null;
  contact: Contact | null;
  alternativePhone?: string | null;
  window: Interval;
  /** The hours the window is drawn from, used again when a snooze moves it. */
  range: MinuteRange;
  expiresAt?: number | null;
  /**
   * Where a snooze moves the window, for an action whose window is not drawn from `range` (a thank-you).
   * Null means the snooze reaches past the action's life: it is then dropped as expired.
   */
  snoozeWindow?: (until: number) => Interval | null;
  rule: string;
  reason: string;
  sources: SeedFile[];
  context: ActionContext;
}

export function isSkipped(ctx: PlanContext, id: string): boolean {
  // Most applications have no skipped or snoozed action; then the id need not even be hashed.
  return ctx.states.size > 0 && ctx.states.get(id)?.status === 'skipped';
}

/** A day moved past the out-of-office floor, if there is one. */
export function notBeforeAway(ctx: PlanContext, day: DayNumber): DayNumber {
  return ctx.awayFloor !== null && ctx.awayFloor > day ? ctx.awayFloor : day;
}

/**
 * Adds a planned action, unless the user skipped it; a snooze moves its window to the first suitable one
 * at or after the snooze time. Returns whether the action was added.
 */
export function propose(ctx: PlanContext, p: Proposal): boolean {
  const state = ctx.states.size > 0 ? ctx.states.get(p.id) : undefined;
  if (state?.status === 'skipped') return false;
  let window = p.window;
  let reason = p.reason;
  if (state?.status === 'snoozed') {
    const until = parseInstant(state.until);
    if (until > window.start) {
      const moved = p.snoozeWindow ? p.snoozeWindow(until) : ctx.scheduler.windowFrom(until, p.range, ctx.settings.business);
      if (moved === null) {
        noteExpired(ctx);
        return false;
      }
      window = moved;
      reason = `${reason} (Snoozed.)`;
    }
  }
  const expiresMs = p.expiresAt == null ? null : Math.max(p.expiresAt, window.end);
  const action: Action = {
    id: p.id,
    applicationId: ctx.app.id,
    kind: p.kind,
    step: p.step,
    channel: p.channel,
    contact: toActionContact(p.contact),
    alternative: p.alternativePhone ? { channel: 'phone', phone: p.alternativePhone } : null,
    due: ctx.scheduler.due(window),
    expiresAt: expiresMs === null ? null : ctx.calendar.clock.iso(expiresMs),
    rule: p.rule,
    reason,
    sources: p.sources,
    context: p.context,
  };
  ctx.planned = add(ctx.planned, { action, startMs: window.start, expiresMs });
  return true;
}

/** The send window on a day, widened to the recipient's business hours when the user would be asleep. */
export function sendWindowOn(ctx: PlanContext, day: DayNumber): Interval {
  return ctx.scheduler.windowOn(day, ctx.settings.send, ctx.settings.business);
}

const LONG_AGO = 30 * 86_400_000;

/**
 * Whether an action anchored at `anchorMs` whose life is bounded (a thank-you, a rejection reply) has
 * certainly expired by now: then it is not built at all, which is what most of an old store's history asks
 * for. The margin is far beyond any such action's life, so the plan is the same as building it and dropping
 * it as expired; the same note says so.
 */
export function longExpired(ctx: PlanContext, anchorMs: number): boolean {
  if (ctx.nowMs - anchorMs <= LONG_AGO) return false;
  noteExpired(ctx);
  return true;
}

/** Says, once per plan, that an action was dropped because its time has passed. */
export function noteExpired(ctx: PlanContext): void {
  if (!ctx.notes.includes(EXPIRED_NOTE)) ctx.notes = add(ctx.notes, EXPIRED_NOTE);
}

export const EXPIRED_NOTE: PlanNote = Object.freeze({
  rule: 'expired',
  message: 'The window for a thank-you or reply has passed, so it is no longer suggested.',
  sources: cite('004'),
});

export function note(ctx: PlanContext, rule: string, message: string, sources: SeedFile[]): void {
  ctx.notes = add(ctx.notes, { rule, message, sources });
}
