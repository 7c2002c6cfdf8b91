import type {
  Action,
  ActionKind,
  AppEvent,
  Application,
  CallOutcome,
  Contact,
  PlaybookName,
  Profile,
  SeedFile,
} from '../model';

/** Everything hearback holds that a draft may draw on. */
export interface DraftInput {
  action: Action;
  application: Application;
  /** The application's contacts: interviewers are found here by the ids on the interview event. */
  contacts: Contact[];
  /** The application's events, in any order. */
  events: AppEvent[];
  profile: Profile;
  /**
   * The user's playbook, when the application has no override. Drafts do not depend on it: the planner's
   * rule already carries what the playbook decided (`follow_up.confirm_receipt` for the gentlest touch).
   */
  playbook?: PlaybookName | null;
}

/** One way a call can go (003), with what to say and what to ask. */
export interface CallBranch {
  id: 'not_seen' | 'declined' | 'shortlisted';
  /** The branch's heading, fitted to the stage: "If they have not seen it", "If they have not decided yet". */
  title: string;
  /** How to recognise the branch: "They have not seen your application". */
  when: string;
  say: string;
  ask: string;
}

/** A call script rather than an email (003: be prepared so you don't waste anyone's time). */
export interface CallScript {
  opening: string;
  branches: CallBranch[];
  closing: string;
  /** What to leave on voicemail, so a missed call still says who called and why. */
  voicemail: string;
  /** The outcomes to record afterwards: the branch taken, or why the call did not happen. */
  outcomes: CallOutcome[];
}

export interface DraftRecipient {
  name: string | null;
  email: string | null;
  phone: string | null;
}

/**
 * A draft message. `subject` is `null` for a call script and for `mark_ghosted`, which sends nothing.
 * For a call or a phone follow-up, `body` is the script rendered as text and `callScript` holds its parts;
 * for an email follow-up with a phone alternative, `body` is the email and `callScript` the alternative.
 */
export interface Draft {
  kind: ActionKind;
  to: DraftRecipient | null;
  subject: string | null;
  body: string;
  callScript: CallScript | null;
  sources: SeedFile[];
}
