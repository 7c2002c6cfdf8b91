import type { PlaybookName } from './playbook-name';

/** A daily range of local wall-clock time, `HH:MM` to `HH:MM`. A range whose end is before its start wraps midnight. */
export interface TimeOfDayRange {
  start: string;
  end: string;
}

/** Every number a playbook uses. Each playbook has defaults; the user may override any of them. */
export interface PlaybookParams {
  /** The first follow-up after applying, or `null` for none. */
  firstFollowUp: {
    minBusinessDays: number;
    maxBusinessDays: number;
    /** ISO weekdays (1 = Monday) preferred within the range: 003 aims for the beginning of the week. */
    preferredWeekdays: number[];
  } | null;
  /** The second follow-up, or `null` for none. */
  secondFollowUp: {
    /** Counted from the first follow-up (003) or from the application (000: "after a couple of weeks"). */
    anchor: 'first_follow_up' | 'applied';
    minBusinessDays: number;
    maxBusinessDays: number;
    /** Never closer than this to the first follow-up, whatever the anchor. */
    minGapBusinessDays: number;
  } | null;
  /** Follow-ups before an interview that may go unanswered before hearback stops suggesting them. */
  maxUnansweredFollowUps: number;
  /** Business days to wait after a decision date stated in the posting. */
  decisionDateWaitBusinessDays: number;
  /** A thank-you is due this many hours after an interview, and is dropped after `thankYouMaxHours`. */
  thankYouDueHours: number;
  thankYouMaxHours: number;
  /** A check-in this many business days after a stated next-step date passes without word. */
  checkInAfterNextStepBusinessDays: number;
  /** With no next-step date, chase this many calendar days after the interview (002: two weeks). */
  chaseAfterInterviewDays: number;
  /** The reply to a rejection is due within this many business days, and only once. */
  rejectionReplyWithinBusinessDays: number;
  /** Suggest marking the application ghosted after this much silence since the last follow-up. */
  ghostAfterBusinessDays: number;
}

/** A user's settings. */
export interface Settings {
  playbook: PlaybookName;
  /** The user's own IANA zone, for quiet hours and display. */
  timezone: string;
  /** The user's country and region, the default for employers whose location is unknown. */
  country: string | null;
  region: string | null;
  /** When follow-ups should land, in the recipient's local time (default 09:00–11:30). */
  sendWindow: TimeOfDayRange;
  /** The recipient's working hours: where a due window widens to when the user's quiet hours cover the send window. */
  businessHours: TimeOfDayRange;
  /** The user's own quiet hours, in the user's zone: no action is due inside them. */
  quietHours: TimeOfDayRange | null;
  playbookOverrides: Partial<Record<PlaybookName, Partial<PlaybookParams>>>;
}
