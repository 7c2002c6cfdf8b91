import { hasErrors, lint } from '../linting';
import type { AppEvent, Contact, EventOf } from '../model';
import { isEventOf } from '../model';
import { localDate } from './dates';
import { rankStrengths, type StrengthMatch } from './skill-match';
import { clean, companyName, wordCount } from './text';
import type { DraftInput, DraftRecipient } from './types';

/** A discussion point longer than this is a note, not something to quote back in a short message. */
const MAX_POINT_WORDS = 16;
const MAX_STRENGTH_WORDS = 8;
const MAX_HEADLINE_WORDS = 20;
const MAX_ACHIEVEMENT_WORDS = 30;

export interface InterviewFacts {
  /** `YYYY-MM-DD` in the employer's zone. */
  date: string | null;
  /** Points worth quoting back: short, and never about money (004). */
  discussed: string[];
  nextStepDate: string | null;
  /** Whether the recipient was one of the interviewers, so "when we spoke" is true. */
  recipientInterviewed: boolean;
}

/** The facts of one draft, cleaned once: `null` or empty means unknown, and the composers rephrase. */
export interface DraftFacts {
  company: string | null;
  role: string | null;
  recipient: (DraftRecipient & { id: string | null }) | null;
  userName: string | null;
  signature: string | null;
  headline: string | null;
  strengths: string[];
  achievement: string | null;
  /** The first link, unless the signature already carries it. */
  link: string | null;
  /** Strengths the posting shows evidence for, best first. */
  matches: StrengthMatch[];
  appliedOn: string | null;
  decisionBy: string | null;
  interview: InterviewFacts | null;
  /** The date the message is planned for, `YYYY-MM-DD` in the employer's zone. */
  sendDate: string | null;
}

/**
 * Whether a fact the user typed can be quoted in a message: short enough, and not something that would
 * itself be a lint error there: salary talk (004), "ASAP" in a strength, "[TBD]" in a note.
 */
const usable =
  (max: number) =>
  (text: string | null): text is string =>
    text !== null &&
    wordCount(text) <= max &&
    !hasErrors(lint({ subject: null, body: text }, { kind: 'follow_up' }));

/**
 * The interview the action is about: the one it names, else the latest one held before the action is due.
 * An interview logged for later does not make an earlier follow-up talk about it.
 *
 * @example
 * findInterview(input)?.at; // '2025-03-18T14:00:00-04:00'
 */
export function findInterview(input: DraftInput): EventOf<'interview'> | null {
  const interviews = input.events.filter((event: AppEvent): event is EventOf<'interview'> =>
    isEventOf(event, 'interview'),
  );
  const id = input.action.context.interviewEventId;
  const byId = id === undefined ? undefined : interviews.find((event) => event.id === id);
  if (byId !== undefined) return byId;
  const dueEnd = Date.parse(input.action.due.end);
  const before = interviews.filter((event) => Number.isNaN(dueEnd) || !(Date.parse(event.at) > dueEnd));
  return before.sort((a, b) => Date.parse(b.at) - Date.parse(a.at))[0] ?? null;
}

function recipientOf(input: DraftInput): DraftFacts['recipient'] {
  const planned = input.action.contact;
  const stored: Contact | undefined = input.contacts.find((contact) => contact.id === planned?.id);
  if (planned === null && stored === undefined) return null;
  return {
    id: planned?.id ?? null,
    name: clean(planned?.name) ?? clean(stored?.name),
    email: clean(planned?.email) ?? clean(stored?.email),
    phone: clean(planned?.phone) ?? clean(stored?.phone),
  };
}

/** Gathers and cleans the facts a draft may use. Pure: the same input gives the same facts. */
export function gatherFacts(input: DraftInput): DraftFacts {
  const { action, application, profile } = input;
  const recipient = recipientOf(input);
  const zone = application.timezone;
  const interview = findInterview(input);
  const discussed = (action.context.discussed ?? interview?.data.discussed ?? [])
    .map(clean)
    .filter(usable(MAX_POINT_WORDS));
  const strengths = profile.strengths.map(clean).filter(usable(MAX_STRENGTH_WORDS));
  const signature = profile.signature.trim().length > 0 ? profile.signature.trim() : null;
  const link =
    profile.links.map(clean).find((value) => value !== null && !(signature ?? '').includes(value)) ?? null;
  const headline = clean(profile.headline);
  const achievement = clean(profile.recentAchievement);
  return {
    // Greetings and prose use the name people say; the legal form stays on the application.
    company: companyName(clean(application.company)),
    role: clean(application.role),
    recipient,
    userName: clean(profile.name),
    signature,
    headline: usable(MAX_HEADLINE_WORDS)(headline) ? headline : null,
    strengths,
    achievement: usable(MAX_ACHIEVEMENT_WORDS)(achievement) ? achievement : null,
    link,
    matches: rankStrengths(strengths, application.postingText),
    appliedOn: action.context.appliedOn ?? localDate(application.appliedAt, zone),
    decisionBy: action.context.decisionBy ?? application.decisionBy,
    interview:
      interview === null && action.context.interviewEventId === undefined && discussed.length === 0
        ? null
        : {
            date: interview === null ? null : localDate(interview.at, zone),
            discussed,
            nextStepDate: action.context.nextStepDate ?? interview?.data.nextStepDate ?? null,
            recipientInterviewed:
              action.kind === 'thank_you' ||
              (recipient?.id != null && (interview?.data.interviewerIds ?? []).includes(recipient.id)),
          },
    sendDate: localDate(action.due.start, zone),
  };
}
