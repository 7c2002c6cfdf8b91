import { parseInstant } from '../calendar/instant';
import { humanDate, isoDate, parseIsoDate } from '../calendar/civil-date';
import { type Contact, type EventOf } from '../model';
import type { SentMark } from './facts';
import { actionId, shortHash } from './action-id';
import { AFTER_INTERVIEW, describeContact, emailRecipient, phoneToCall, usableEmail } from './contact-choice';
import { proposeGhosted } from './ghosting';
import { isSkipped, longExpired, note, notBeforeAway, propose, type PlanContext, sendWindowOn } from './plan-context';
import { PLAYBOOKS } from './playbooks';
import { cite } from './sources';

const HOUR = 3_600_000;
/** Interviews are logged by their start; the thank-you window opens an hour later, when it has ended. */
const INTERVIEW_LENGTH = HOUR;
/** The shortest thank-you window worth offering. */
const MIN_WINDOW = HOUR / 2;

/** Thank-yous for every interview, then one chase for the latest. */
export function planAfterInterviews(ctx: PlanContext): void {
  // Each interview's time is read once, here, and the latest's is handed on to the chase.
  let latestMs = NaN;
  for (const interview of ctx.facts.interviews) {
    latestMs = parseInstant(interview.at);
    planThankYous(ctx, interview, latestMs);
  }
  planChase(ctx, latestMs);
}

function contactById(contacts: readonly Contact[], id: string): Contact | undefined {
  for (const c of contacts) if (c.id === id) return c;
  return undefined;
}

function interviewersOf(ctx: PlanContext, interview: EventOf<'interview'>): (Contact | null)[] {
  // An interview names one to three people and an application has a handful of contacts: a scan beats a map.
  const people: Contact[] = [];
  for (const id of interview.data.interviewerIds) {
    const person = contactById(ctx.contacts, id);
    if (person) people.push(person);
  }
  if (people.length > 0) return people;
  return [emailRecipient(ctx.contacts, ctx.facts.bounced, AFTER_INTERVIEW)];
}

/**
 * A personal thank-you to each interviewer, due within 24 hours and never later than 48 (003, 004). It opens
 * when the interview ends, whatever the day or the recipient's hours, because it should go out the same day
 * (001: "as soon as possible"); only the user's quiet hours move it. Its window and its life both end by 48
 * hours after the interview, so a Friday-evening interview's thank-you is gone by Sunday evening.
 */
function planThankYous(ctx: PlanContext, interview: EventOf<'interview'>, at: number): void {
  // An imported interview that had already happened when it was imported is history from another tracker:
  // when it happened is often a guess, and its thank-you was written then or is too late now.
  if (interview.source === 'import' && at <= parseInstant(interview.createdAt)) return;
  if (longExpired(ctx, at)) return;
  const { params, settings, scheduler } = ctx;
  const opens = at + INTERVIEW_LENGTH;
  // A limit shorter than the interview itself is read as "as soon as it ends", not as "never".
  const last = Math.max(at + params.thankYouMaxHours * HOUR, opens + MIN_WINDOW);
  const dueBy = Math.min(at + params.thankYouDueHours * HOUR, last);
  // Quiet hours are a preference: when they leave no time at all before the limit, they give way.
  const window = scheduler.awakeWithin(opens, dueBy) ?? scheduler.awakeWithin(opens, last) ?? { start: opens, end: last };
  interviewersOf(ctx, interview).forEach((person, index) => {
    const id = actionId(ctx.app.id, `ty${shortHash(`${interview.id}|${person?.id ?? ''}`)}`);
    const done = ctx.facts.thankYous.some(
      (t) => t.actionId === id || (t.at >= at && (person === null || t.contactId === null || t.contactId === person.id)),
    );
    if (done) return;
    const name = describeContact(person);
    const noAddress = person !== null && !usableEmail(person, ctx.facts.bounced);
    propose(ctx, {
      id,
      kind: 'thank_you',
      step: index + 1,
      channel: 'email',
      contact: person,
      window,
      range: settings.business,
      snoozeWindow: (until) => scheduler.awakeWithin(until, last),
      expiresAt: last,
      rule: 'interview.thank_you',
      reason:
        `Thank ${name} for the interview on ${humanDate(ctx.calendar.dayOf(at))} within ${params.thankYouDueHours} hours, mentioning something you discussed.` +
        (noAddress ? ` Add ${person?.name ?? 'their'} email address to send it.` : ''),
      sources: cite('003', '004', '001'),
      context: { interviewEventId: interview.id, discussed: interview.data.discussed, nextStepDate: interview.data.nextStepDate },
    });
  });
}

/**
 * After the latest interview: a check-in the business day after a stated next-step date, or, with no date,
 * a call (when a number is known) or an email two weeks after the interview (002). A human reply after the
 * interview moves the anchor to the reply.
 */
function planChase(ctx: PlanContext, interviewMs: number): void {
  const { facts, params, calendar, app, contacts } = ctx;
  const latest = facts.interviews[facts.interviews.length - 1];
  if (!latest) return;
  // Replies after the interview move the anchor, and their number keeps the chase's id apart per anchor.
  let repliesAfter = 0;
  let lastReplyMs = 0;
  for (const r of facts.replies) {
    if (r <= interviewMs) continue;
    repliesAfter++;
    lastReplyMs = r;
  }
  const anchorMs = Math.max(interviewMs, lastReplyMs);
  const anchorKey = `${latest.id}|${repliesAfter}`;
  const hash = shortHash(anchorKey);
  const id = actionId(app.id, `ch${hash}`);
  const stated = latest.data.nextStepDate ? parseIsoDate(latest.data.nextStepDate) : null;
  const anchorDay = calendar.dayOf(anchorMs);
  const useDate = stated !== null && stated >= anchorDay;
  const day = notBeforeAway(
    ctx,
    useDate
      ? calendar.addBusinessDays(stated, params.checkInAfterNextStepBusinessDays)
      : calendar.onOrAfter(anchorDay + params.chaseAfterInterviewDays),
  );

  let first: SentMark | undefined;
  for (const mark of facts.sent) {
    if (mark.at < anchorMs) continue;
    first = mark;
    break;
  }
  if (app.policy.noContact && PLAYBOOKS[ctx.playbook].noContact === 'always') {
    // The posting asked for no contact, and this playbook reads that as "never", even after an interview:
    // the thank-yous answer the interview itself, but nothing chases the decision.
    note(ctx, 'interview.chase', `The posting asks not to be contacted; the ${ctx.playbook} playbook keeps to that after an interview too, so hearback plans no check-in or call.`, cite('001'));
    proposeGhosted(ctx, `gh${hash}`, { since: day, days: params.ghostAfterBusinessDays, what: `the day a check-in would have been due (${humanDate(day)})` });
    return;
  }
  if (first || isSkipped(ctx, id)) {
    const since = first ? calendar.dayOf(first.at) : day;
    const what = first ? `your check-in on ${humanDate(since)}` : `the check-in you skipped (${humanDate(since)})`;
    proposeGhosted(ctx, `gh${hash}`, { since, days: params.ghostAfterBusinessDays, what });
    return;
  }
  // The people who interviewed come first, in the order given; then the usual role preference.
  let email: Contact | null = null;
  for (const cid of latest.data.interviewerIds) {
    const person = contactById(contacts, cid);
    if (person && usableEmail(person, facts.bounced)) {
      email = person;
      break;
    }
  }
  email ??= emailRecipient(contacts, facts.bounced, AFTER_INTERVIEW);
  const phone = phoneToCall(contacts, app.policy, { directOnly: false, prefer: email, roles: AFTER_INTERVIEW });
  const call = useDate ? !email && phone !== null : phone !== null;
  const who = describeContact(call ? phone : email);
  const reason = useDate
    ? `They said you would hear by ${humanDate(stated)}; a polite check-in the business day after is fair.`
    : `No word ${params.chaseAfterInterviewDays} days after your interview${repliesAfter ? ' and their last reply' : ''} and no date given; ${call ? `call ${who}` : `email ${who}`} to ask where things stand.`;
  propose(ctx, {
    id,
    kind: call ? 'call' : 'check_in',
    step: 1,
    channel: call ? 'phone' : 'email',
    contact: call ? phone : email,
    window: sendWindowOn(ctx, day),
    range: ctx.settings.send,
    rule: useDate ? 'interview.check_in' : 'interview.chase',
    reason,
    sources: useDate ? cite('003', '002') : cite('002', '003'),
    context: {
      interviewEventId: latest.id,
      discussed: latest.data.discussed,
      nextStepDate: latest.data.nextStepDate,
      appliedOn: facts.appliedMs === null ? null : isoDate(calendar.dayOf(facts.appliedMs)),
    },
  });
}
