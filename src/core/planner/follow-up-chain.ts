import { humanDate, isoDate, parseIsoDate, type DayNumber } from '../calendar/civil-date';
import type { SeedFile, SeedId } from '../model';
import { actionId } from './action-id';
import { BEFORE_INTERVIEW, describeContact, emailRecipient, phoneToCall } from './contact-choice';
import type { SentMark } from './facts';
import { proposeGhosted } from './ghosting';
import { isSkipped, note, notBeforeAway, propose, type PlanContext, sendWindowOn } from './plan-context';
import { PLAYBOOKS } from './playbooks';
import { cite } from './sources';

const NO_CONTACT_WHY = {
  before_interview: 'The posting asks not to be contacted, so hearback plans no follow-up before an interview.',
  always: 'The posting asks not to be contacted, so hearback plans no follow-up, check-in or call, even after an interview.',
} as const;

// 001: one brief note to make sure the application arrived, then "no further action is necessary until they
// call you for an interview". A posting that says only shortlisted candidates hear back is that case.
const SHORTLIST_NO_SECOND =
  'The posting says only shortlisted candidates will be contacted, so after one note confirming receipt nothing more is needed until they call you for an interview.';
const SHORTLIST_REPLIED =
  'They have replied, so your application reached them; the posting says only shortlisted candidates will be contacted, so nothing more is needed until they call you for an interview.';

/** The day the posting's decision date lets a follow-up go out, or null without one. */
function decisionFloor(ctx: PlanContext): DayNumber | null {
  const decided = ctx.app.decisionBy ? parseIsoDate(ctx.app.decisionBy) : null;
  return decided === null ? null : ctx.calendar.addBusinessDays(decided, ctx.params.decisionDateWaitBusinessDays);
}

/**
 * Follow-ups after applying, before any interview: step 1 after 5–7 business days early in the week,
 * step 2 by the playbook's anchor, at most `maxUnansweredFollowUps` unanswered, then a ghosting
 * suggestion. A human reply restarts the chain from the reply ("round" 1, 2...). When the posting says only
 * shortlisted candidates are contacted, the chain is a single note confirming receipt (001), and a reply
 * ends it.
 */
export function planFollowUps(ctx: PlanContext): void {
  const { app, facts, params, calendar } = ctx;
  if (facts.appliedMs === null) return;
  // Replies since applying restart the chain: each is a "round". Counted without building a list, as
  // this runs for every open application.
  let round = 0;
  let lastReplyMs = 0;
  for (const r of facts.replies) {
    if (r < facts.appliedMs) continue;
    round++;
    lastReplyMs = r;
  }
  const anchorMs = Math.max(facts.appliedMs, lastReplyMs);
  const anchorDay = calendar.dayOf(anchorMs);
  const anchorWhat = round > 0 ? 'their last reply' : 'you applied';
  const floor = decisionFloor(ctx);
  const first = params.firstFollowUp;
  const confirmOnly = app.policy.onlyShortlistedContacted;

  const blocked = app.policy.noContact
    ? { why: NO_CONTACT_WHY[PLAYBOOKS[ctx.playbook].noContact], src: cite('001') }
    : !first || params.maxUnansweredFollowUps <= 0
      ? { why: `The ${ctx.playbook} playbook does not chase an advertised job before an interview.`, src: cite('002') }
      : confirmOnly && round > 0
        ? { why: SHORTLIST_REPLIED, src: cite('001') }
        : null;
  if (blocked || !first) {
    note(ctx, 'follow_up.first', blocked?.why ?? 'No follow-up is planned.', blocked?.src ?? []);
    const ghostAfter = params.ghostAfterBusinessDays;
    const silence =
      floor !== null && app.decisionBy
        ? { since: floor, days: ghostAfter, what: `the business day after their decision date (${humanDate(floor)})` }
        : { since: anchorDay, days: (first?.minBusinessDays ?? 5) + ghostAfter, what: `${anchorWhat} on ${humanDate(anchorDay)}` };
    proposeGhosted(ctx, 'gh', silence, round);
    return;
  }

  let previous = anchorDay;
  let lastSent: DayNumber | null = null;
  if (confirmOnly) note(ctx, 'follow_up.second', SHORTLIST_NO_SECOND, cite('001'));
  const lastStep = confirmOnly ? 1 : 2;
  for (let step = 1; step <= lastStep; step++) {
    const spec = step === 1 ? first : params.secondFollowUp;
    if (!spec) break;
    if (step > params.maxUnansweredFollowUps) {
      note(ctx, 'follow_up.cap', `${step - 1} unanswered follow-up(s) is the limit you set; hearback suggests no more.`, cite('000'));
      break;
    }
    const done = nthSentSince(facts.sent, anchorMs, step);
    if (done) {
      previous = lastSent = calendar.dayOf(done.at);
      continue;
    }
    const base = step === 1 || params.secondFollowUp?.anchor === 'applied' ? anchorDay : previous;
    let from = calendar.addBusinessDays(base, spec.minBusinessDays);
    let to = calendar.addBusinessDays(base, spec.maxBusinessDays);
    if (step === 2 && params.secondFollowUp) {
      from = Math.max(from, calendar.addBusinessDays(previous, params.secondFollowUp.minGapBusinessDays));
    }
    const held = Math.max(floor ?? from, notBeforeAway(ctx, from));
    if (held > from) from = held;
    if (to < from) to = from;
    const day = ctx.scheduler.pickDay(from, to, first.preferredWeekdays);
    const id = actionId(app.id, `fu${step}`, round);
    if (isSkipped(ctx, id)) {
      previous = day;
      continue;
    }
    proposeFollowUp(ctx, { id, step, day, floor, anchorDay, anchorWhat, lastSent, confirmOnly });
    return;
  }
  const days = params.ghostAfterBusinessDays;
  const silence =
    lastSent === null
      ? { since: previous, days, what: `the last follow-up you skipped (${humanDate(previous)})` }
      : { since: lastSent, days, what: `your last follow-up on ${humanDate(lastSent)}` };
  proposeGhosted(ctx, 'gh', silence, round);
}

/** The `n`th follow-up (from 1) sent at or after `since`: the follow-ups of the current round. */
function nthSentSince(sent: readonly SentMark[], since: number, n: number): SentMark | undefined {
  let seen = 0;
  for (const mark of sent) if (mark.at >= since && ++seen === n) return mark;
  return undefined;
}

interface StepFacts {
  id: string;
  step: number;
  day: DayNumber;
  floor: DayNumber | null;
  anchorDay: DayNumber;
  anchorWhat: string;
  lastSent: DayNumber | null;
  /** The posting says only shortlisted candidates hear back: the note only confirms receipt (001). */
  confirmOnly: boolean;
}

const delayTexts = new WeakMap<object, string>();

/** "5–7 business days", or the user's own delay, as the reason quotes it. Kept per delay object. */
function delayText(delay: { minBusinessDays: number; maxBusinessDays: number } | null): string {
  if (delay === null) return 'a few business days';
  let text = delayTexts.get(delay);
  if (text === undefined) {
    const { minBusinessDays: min, maxBusinessDays: max } = delay;
    text = min === max ? `${min} business day${min === 1 ? '' : 's'}` : `${min}–${max} business days`;
    delayTexts.set(delay, text);
  }
  return text;
}

const FOLLOW_UP_SEEDS = { confirm: ['001', '003'], first: ['003', '000'], second: ['000', '003'], persistent: ['003'] } as const satisfies Record<string, readonly SeedId[]>;
type FollowUpKind = keyof typeof FOLLOW_UP_SEEDS;
const followUpSeedLists = new Map<string, SeedFile[]>();

/**
 * The seeds a follow-up cites: those of its kind, then 001 when it waits for a decision date and 000 when it
 * offers a direct line. Each combination is cited once and its list shared.
 */
function followUpSources(kind: FollowUpKind, decisionDate: boolean, directLine: boolean): SeedFile[] {
  const key = `${kind}${decisionDate ? '+d' : ''}${directLine ? '+p' : ''}`;
  let list = followUpSeedLists.get(key);
  if (!list) {
    list = cite(...FOLLOW_UP_SEEDS[kind], ...(decisionDate ? (['001'] as const) : []), ...(directLine ? (['000'] as const) : []));
    followUpSeedLists.set(key, list);
  }
  return list;
}

function proposeFollowUp(ctx: PlanContext, s: StepFacts): void {
  const { app, contacts, facts } = ctx;
  const to = emailRecipient(contacts, facts.bounced, BEFORE_INTERVIEW);
  // Email is the default (000); with no working address, any known number beats silence. With one, a
  // direct line is offered as an alternative, never a switchboard.
  const phone = to ? null : phoneToCall(contacts, app.policy, { directOnly: false, roles: BEFORE_INTERVIEW });
  const direct = to ? phoneToCall(contacts, app.policy, { directOnly: true, prefer: to, roles: BEFORE_INTERVIEW }) : null;
  const byPhone = !to && phone !== null;
  let reason: string;
  if (s.confirmOnly) {
    reason = `No reply since you applied on ${humanDate(s.anchorDay)}, and the posting says only shortlisted candidates will be contacted; one brief note ${delayText(ctx.params.firstFollowUp)} later, early in the week, makes sure your application arrived and asks whether they would like anything else.`;
  } else if (s.step === 1) {
    reason = `No reply since ${s.anchorWhat} on ${humanDate(s.anchorDay)}; a brief follow-up ${delayText(ctx.params.firstFollowUp)} later, early in the week, keeps you on their radar.`;
  } else if (ctx.playbook === 'persistent' || ctx.params.secondFollowUp?.anchor === 'first_follow_up') {
    reason = `Your first follow-up${s.lastSent === null ? '' : ` on ${humanDate(s.lastSent)}`} got no answer; one more short note a few business days later is the last.`;
  } else {
    reason = `About two weeks after ${s.anchorWhat} with no answer, one last short note is reasonable.`;
  }
  // The sentences are joined as they are added, not kept in a list: this runs for every open application.
  const waitsForDecision = s.floor !== null && s.day === s.floor;
  if (waitsForDecision) {
    const decided = app.decisionBy ? parseIsoDate(app.decisionBy) : null;
    if (decided !== null) reason += ` The posting says they decide by ${humanDate(decided)}, so it waits until the business day after.`;
  }
  if (ctx.awayFloor !== null && s.day === ctx.awayFloor) reason += ' It waits until they are back from their out-of-office.';
  if (byPhone) reason += ` No working email address is known, so call ${describeContact(phone)} instead.`;
  else if (!to) reason += ' Add a contact with an email address to send it.';
  const base: FollowUpKind = s.confirmOnly ? 'confirm' : s.step === 1 ? 'first' : ctx.playbook === 'persistent' ? 'persistent' : 'second';
  const sources = followUpSources(base, waitsForDecision, direct !== null && !byPhone);
  propose(ctx, {
    id: s.id,
    kind: 'follow_up',
    step: s.step,
    channel: byPhone ? 'phone' : 'email',
    contact: byPhone ? phone : to,
    alternativePhone: byPhone ? null : (direct?.phone ?? null),
    window: sendWindowOn(ctx, s.day),
    range: ctx.settings.send,
    rule: s.confirmOnly ? 'follow_up.confirm_receipt' : s.step === 1 ? 'follow_up.first' : 'follow_up.second',
    reason,
    sources,
    context: {
      appliedOn: ctx.facts.appliedMs === null ? null : isoDate(ctx.calendar.dayOf(ctx.facts.appliedMs)),
      previousFollowUps: s.step - 1,
      decisionBy: app.decisionBy,
      outOfOfficeUntil: null,
    },
  });
}
