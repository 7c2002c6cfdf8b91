import { parseInstant } from '../calendar/instant';
import { BusinessCalendar } from '../calendar/business-calendar';
import { parseIsoDate, type DayNumber } from '../calendar/civil-date';
import type { Action, ActionState, AppEvent, Application, Contact, Settings } from '../model';
import { deriveStage } from './derive-stage';
import { collectFacts, PLANNED_STAGES, type Facts } from './facts';
import { planFollowUps } from './follow-up-chain';
import { planAfterInterviews } from './interview-rules';
import { note, noteExpired, type PlanContext, type PlanNote } from './plan-context';
import { add, NONE } from './shared-list';
import { planRejectionReply } from './rejection-rule';
import { resolveSettings } from './resolved-settings';
import { cite } from './sources';

export interface PlanResult {
  actions: readonly Action[];
  /** Why rules planned nothing, for the UI and `hearback plan`. */
  notes: readonly PlanNote[];
}

const closedNotes = new Map<string, PlanNote>();
const closedResults = new Map<string, PlanResult>();

/** The note for a closed application, one shared object per stage: most of a long search is closed. */
function closedNote(stage: string): PlanNote {
  let n = closedNotes.get(stage);
  if (!n) {
    n = Object.freeze({ rule: 'stage', message: `The application is ${stage}: nothing more to chase.`, sources: cite('003') });
    closedNotes.set(stage, n);
  }
  return n;
}

/**
 * The whole plan of a closed application, one frozen object per stage: it plans nothing, and most of a
 * long search is closed, so a million plans need not allocate a million empty results.
 */
function closedResult(stage: string): PlanResult {
  let r = closedResults.get(stage);
  if (!r) {
    r = Object.freeze({ actions: NONE, notes: Object.freeze([closedNote(stage)]) });
    closedResults.set(stage, r);
  }
  return r;
}

const NO_STATES: ReadonlyMap<string, ActionState> = new Map();

/** The last `now` read, because every application of a run is planned at the same one. */
let lastNow = { text: '', ms: NaN };

function nowMsOf(now: string): number {
  if (now !== lastNow.text) lastNow = { text: now, ms: parseInstant(now) };
  return lastNow.ms;
}

/** The first business day after the latest out-of-office return date received since the last human reply. */
function awayFloor(facts: Facts, calendar: BusinessCalendar): DayNumber | null {
  if (facts.awayUntil.length === 0) return null;
  const since = Math.max(facts.appliedMs ?? 0, facts.replies[facts.replies.length - 1] ?? 0);
  let floor: DayNumber | null = null;
  for (const [received, returnDate] of facts.awayUntil) {
    const back = parseIsoDate(returnDate);
    if (received < since || back === null) continue;
    const day = calendar.addBusinessDays(back, 1);
    if (floor === null || day > floor) floor = day;
  }
  return floor;
}

/**
 * Plans an application: what to do, when, by which channel, and why. Pure and deterministic: the same
 * inputs always give the same actions with the same ids. `now` only drops actions whose time has passed
 * (a thank-you two days late), so a plan made earlier and filtered later equals a plan made later.
 *
 * @example
 * planApplication(app, [appliedEvent], [], DEFAULT_SETTINGS, '2026-11-23T12:00:00Z').actions[0].kind;
 * // 'follow_up'
 */
export function planApplication(
  application: Application,
  events: readonly AppEvent[],
  contacts: readonly Contact[],
  settings: Settings,
  now: string,
  states: readonly ActionState[] = [],
): PlanResult {
  const resolved = resolveSettings(settings);
  const stage = deriveStage(events, application.appliedAt);
  // Most of a long search is closed: a ghosted, withdrawn or offered application only gets its note, and
  // nothing else about it need be read or built.
  if (stage !== 'saved' && !PLANNED_STAGES.has(stage)) return closedResult(stage);
  const calendar = application.country
    ? BusinessCalendar.at(application.timezone ?? settings.timezone, application.country, application.region)
    : BusinessCalendar.at(application.timezone ?? settings.timezone, settings.country, settings.region);
  const facts = collectFacts(application, events, stage);
  const playbook = application.playbook ?? settings.playbook;
  const ctx: PlanContext = {
    app: application,
    contacts,
    facts,
    playbook,
    params: resolved.params(playbook),
    settings: resolved,
    calendar,
    scheduler: resolved.scheduler(calendar),
    states: states.length === 0 ? NO_STATES : new Map(states.map((s) => [s.actionId, s])),
    awayFloor: awayFloor(facts, calendar),
    nowMs: nowMsOf(now),
    planned: NONE,
    notes: NONE,
  };

  switch (facts.stage) {
    case 'saved':
      note(ctx, 'stage', 'Not applied yet: planning starts when you log that you applied.', []);
      break;
    case 'applied':
      planFollowUps(ctx);
      break;
    case 'interviewing':
      planAfterInterviews(ctx);
      break;
    case 'rejected':
      planRejectionReply(ctx);
      break;
    default:
      ctx.notes = add(ctx.notes, closedNote(facts.stage));
  }

  return { actions: liveInOrder(ctx), notes: ctx.notes };
}

/** The planned actions that have not expired by now, by start and then id. */
function liveInOrder(ctx: PlanContext): readonly Action[] {
  const { planned, nowMs } = ctx;
  if (planned.length === 0) return NONE;
  // Most plans hold one action or none: no list to filter or sort.
  if (planned.length === 1 && planned[0] !== undefined) {
    const only = planned[0];
    if (only.expiresMs === null || only.expiresMs > nowMs) return [only.action];
  }
  const live = planned.filter((p) => p.expiresMs === null || p.expiresMs > nowMs);
  if (live.length < planned.length) noteExpired(ctx);
  if (live.length > 1) live.sort((a, b) => a.startMs - b.startMs || (a.action.id < b.action.id ? -1 : 1));
  return live.map((p) => p.action);
}

/**
 * The actions of `planApplication`, for callers that need no notes.
 *
 * @example
 * plan(app, events, contacts, settings, '2026-11-23T12:00:00Z').map((a) => a.id); // ['app_1-fu1']
 */
export function plan(
  application: Application,
  events: readonly AppEvent[],
  contacts: readonly Contact[],
  settings: Settings,
  now: string,
  states: readonly ActionState[] = [],
): readonly Action[] {
  return planApplication(application, events, contacts, settings, now, states).actions;
}
