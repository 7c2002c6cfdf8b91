import { isoWeekday } from '../core/calendar/civil-date';
import { ZoneClock } from '../core/calendar/zone-clock';
import type { AppEvent, Application, CallOutcome, EventKind } from '../core/model';
import { responseTimeBuckets, type ResponseTimeBucket } from './analytics-response-time';

/** How many of `total` got a human response. `rate` is `null` when there were none to count. */
export interface RateRow {
  key: string;
  total: number;
  responded: number;
  rate: number | null;
}

export interface FunnelStep {
  step: 'applied' | 'replied' | 'interviewed' | 'offered';
  count: number;
  /** Of the applications applied to. */
  rate: number | null;
  /** Of the step before. */
  fromPrevious: number | null;
}

export interface SourceRow {
  /** The source as the user first wrote it; `unknown` for applications without one. */
  key: string;
  applications: number;
  responded: number;
  interviewed: number;
  responseRate: number | null;
  interviewRate: number | null;
}

export interface AnalyticsFigures {
  /** Every application, saved ones included. */
  applications: number;
  funnel: FunnelStep[];
  followUps: { byChannel: RateRow[]; byStep: RateRow[]; byWeekday: RateRow[] };
  bySource: SourceRow[];
  timeToFirstResponse: {
    count: number;
    medianDays: number | null;
    meanDays: number | null;
    /** How many first answers came the same day, 1–2 days, 3–7... after applying, in calendar days in the user's zone. */
    distribution: ResponseTimeBucket[];
  };
  /**
   * When the first application and the first follow-up went out, so a reader can tell "no answers yet, too
   * early" from "no answers, ever": a 0% a week after sending says nothing yet.
   */
  firstSent: { application: string | null; followUp: string | null };
}

const DAY = 86_400_000;
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Employer actions that are a human answer. Auto-replies and bounces are not. */
const ANSWERS: ReadonlySet<EventKind> = new Set<EventKind>(['reply', 'interview', 'offer', 'rejection', 'feedback']);
/** Call outcomes where the user reached a person, which is an answer in itself. */
const REACHED: ReadonlySet<CallOutcome> = new Set<CallOutcome>(['not_seen', 'declined', 'shortlisted']);

const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
const reached = (e: AppEvent): boolean => e.kind === 'call' && e.data.outcome !== null && REACHED.has(e.data.outcome);
const isAnswer = (e: AppEvent): boolean => ANSWERS.has(e.kind) || reached(e);
/** A touch that chases an answer: an email or phone follow-up or check-in, or any call the user made. */
const isTouch = (e: AppEvent): boolean => e.kind === 'follow_up_sent' || e.kind === 'call';

function tally(rows: Map<string, RateRow>, key: string, responded: boolean): void {
  const row = rows.get(key) ?? { key, total: 0, responded: 0, rate: null };
  row.total += 1;
  if (responded) row.responded += 1;
  row.rate = ratio(row.responded, row.total);
  rows.set(key, row);
}

function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round1 = (n: number | null): number | null => (n === null ? null : Math.round(n * 10) / 10);

/**
 * The figures of a job search, from its applications and events (in any order). A follow-up counts as
 * answered when a human answer (reply, interview, offer, rejection, feedback) came after it and before the
 * next follow-up of the same application; a call counts as answered when it reached someone. Weekdays are
 * the recipient's, in the employer's zone, else `userZone`; the days to a first answer are counted in
 * `userZone`.
 *
 * @example
 * computeAnalytics([app], [applied, followUp, reply], 'UTC').followUps.byChannel[0]; // { key: 'email', total: 1, responded: 1, rate: 1 }
 */
export function computeAnalytics(apps: readonly Application[], events: readonly AppEvent[], userZone: string): AnalyticsFigures {
  const byApp = new Map<string, AppEvent[]>();
  for (const e of events) {
    const list = byApp.get(e.applicationId);
    if (list) list.push(e);
    else byApp.set(e.applicationId, [e]);
  }
  const channels = new Map<string, RateRow>(['email', 'phone'].map((key) => [key, { key, total: 0, responded: 0, rate: null }]));
  const weekdays = new Map<string, RateRow>(WEEKDAYS.map((key) => [key, { key, total: 0, responded: 0, rate: null }]));
  const steps = new Map<string, RateRow>();
  const sources = new Map<string, SourceRow>();
  const counts = { applied: 0, replied: 0, interviewed: 0, offered: 0 };
  const waits: number[] = [];
  const waitDays: number[] = [];
  const userClock = ZoneClock.for(userZone);
  const firstSent: { application: string | null; followUp: string | null } = { application: null, followUp: null };
  const earlier = (current: string | null, at: string): string => (current === null || Date.parse(at) < Date.parse(current) ? at : current);

  for (const app of apps) {
    const history = (byApp.get(app.id) ?? []).sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
    const appliedAt = app.appliedAt ?? history.find((e) => e.kind === 'applied')?.at ?? null;
    if (appliedAt === null) continue;
    const answers = history.filter(isAnswer);
    const interviewed = history.some((e) => e.kind === 'interview' || e.kind === 'offer');
    counts.applied += 1;
    firstSent.application = earlier(firstSent.application, appliedAt);
    if (answers.length) counts.replied += 1;
    if (interviewed) counts.interviewed += 1;
    if (history.some((e) => e.kind === 'offer')) counts.offered += 1;
    const first = answers.find((e) => Date.parse(e.at) >= Date.parse(appliedAt));
    if (first) {
      waits.push((Date.parse(first.at) - Date.parse(appliedAt)) / DAY);
      // Calendar days, as the user lives them: an answer at 9:00 to an application sent at 23:00 the night before came the next day.
      waitDays.push(userClock.dayOf(Date.parse(first.at)) - userClock.dayOf(Date.parse(appliedAt)));
    }

    const label = app.source?.trim() || 'unknown';
    const sourceKey = label.toLowerCase();
    const source = sources.get(sourceKey) ?? { key: label, applications: 0, responded: 0, interviewed: 0, responseRate: null, interviewRate: null };
    source.applications += 1;
    if (answers.length) source.responded += 1;
    if (interviewed) source.interviewed += 1;
    source.responseRate = ratio(source.responded, source.applications);
    source.interviewRate = ratio(source.interviewed, source.applications);
    sources.set(sourceKey, source);

    const touches = history.filter(isTouch);
    const clock = ZoneClock.for(app.timezone ?? userZone);
    touches.forEach((touch, i) => {
      firstSent.followUp = earlier(firstSent.followUp, touch.at);
      const from = Date.parse(touch.at);
      const until = i + 1 < touches.length ? Date.parse(touches[i + 1]!.at) : Infinity;
      const answered = reached(touch) || answers.some((e) => e.kind !== 'call' && Date.parse(e.at) > from && Date.parse(e.at) < until);
      const channel = touch.kind === 'follow_up_sent' ? touch.data.channel : 'phone';
      tally(channels, channel, answered);
      tally(steps, String(i + 1), answered);
      tally(weekdays, WEEKDAYS[isoWeekday(clock.dayOf(from)) - 1] ?? 'Mon', answered);
    });
  }

  const order = ['applied', 'replied', 'interviewed', 'offered'] as const;
  const funnel = order.map((step, i) => ({
    step,
    count: counts[step],
    rate: ratio(counts[step], counts.applied),
    fromPrevious: i === 0 ? null : ratio(counts[step], counts[order[i - 1]!]),
  }));
  waits.sort((a, b) => a - b);
  return {
    applications: apps.length,
    funnel,
    followUps: {
      byChannel: [...channels.values()],
      byStep: [...steps.values()].sort((a, b) => Number(a.key) - Number(b.key)),
      byWeekday: [...weekdays.values()],
    },
    bySource: [...sources.values()].sort((a, b) => b.applications - a.applications || a.key.localeCompare(b.key)),
    timeToFirstResponse: {
      count: waits.length,
      medianDays: round1(median(waits)),
      meanDays: round1(waits.length ? waits.reduce((s, w) => s + w, 0) / waits.length : null),
      distribution: responseTimeBuckets(waitDays),
    },
    firstSent,
  };
}
