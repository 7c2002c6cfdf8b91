import { IANAZone } from 'luxon';
import { z } from 'zod';
import {
  ACTION_KINDS,
  CALL_OUTCOMES,
  CHANNELS,
  CONTACT_ROLES,
  EVENT_SOURCES,
  PLAYBOOK_NAMES,
  SEEDS,
  STAGES,
} from '../model';
import type {
  Action,
  ActionState,
  AppEvent,
  Application,
  Contact,
  Profile,
  SeedFile,
  Settings,
} from '../model';

/**
 * Zod schemas of the model as an export file carries it. They are strict: an unknown key is an error, not
 * something silently dropped, because a restore that loses data without saying so is worse than one that
 * refuses. Each is checked against its model type, so the two cannot drift apart unnoticed.
 */
const instant = z.iso.datetime({ offset: true });
const calendarDate = z.iso.date();
const text = z.string();
const nullableText = text.nullable();
const id = z.string().min(1);
const zone = z.string().refine((name) => IANAZone.isValidZone(name), 'expected an IANA time zone');
const seedFile = z.enum(Object.values(SEEDS).map((s) => s.file) as [SeedFile, ...SeedFile[]]);

export const applicationSchema = z.strictObject({
  id,
  company: text,
  role: text,
  postingUrl: nullableText,
  postingText: nullableText,
  source: nullableText,
  location: nullableText,
  country: nullableText,
  region: nullableText,
  timezone: zone.nullable(),
  stage: z.enum(STAGES),
  playbook: z.enum(PLAYBOOK_NAMES).nullable(),
  policy: z.strictObject({
    noContact: z.boolean(),
    noCalls: z.boolean(),
    noAgencies: z.boolean(),
    onlyShortlistedContacted: z.boolean(),
  }),
  decisionBy: calendarDate.nullable(),
  deadline: calendarDate.nullable(),
  createdAt: instant,
  appliedAt: instant.nullable(),
  updatedAt: instant,
}) satisfies z.ZodType<Application>;

export const contactSchema = z.strictObject({
  id,
  applicationId: id,
  name: nullableText,
  role: z.enum(CONTACT_ROLES),
  email: nullableText,
  phone: nullableText,
  phoneIsDirect: z.boolean(),
  createdAt: instant,
}) satisfies z.ZodType<Contact>;

const empty = z.strictObject({});
const actionRef = {
  actionId: id.nullable(),
  actionKind: z.enum(ACTION_KINDS).nullable(),
  step: z.number().int().nullable(),
};
const eventBase = {
  id,
  applicationId: id,
  at: instant,
  note: nullableText,
  source: z.enum(EVENT_SOURCES),
  createdAt: instant,
};
const event = <K extends string, D extends z.ZodType>(kind: K, data: D) =>
  z.strictObject({ ...eventBase, kind: z.literal(kind), data });

export const eventSchema = z.discriminatedUnion('kind', [
  event('applied', empty),
  event('reply', z.strictObject({ contactId: id.nullable(), messageId: nullableText })),
  event(
    'interview',
    z.strictObject({
      interviewerIds: z.array(id),
      discussed: z.array(text),
      nextStepDate: calendarDate.nullable(),
    }),
  ),
  event('rejection', empty),
  event('offer', empty),
  event('withdrawn', empty),
  event(
    'follow_up_sent',
    z.strictObject({
      ...actionRef,
      channel: z.enum(CHANNELS),
      contactId: id.nullable(),
      messageId: nullableText,
    }),
  ),
  event(
    'thank_you_sent',
    z.strictObject({ ...actionRef, contactId: id.nullable(), messageId: nullableText }),
  ),
  event(
    'call',
    z.strictObject({ ...actionRef, contactId: id.nullable(), outcome: z.enum(CALL_OUTCOMES).nullable() }),
  ),
  event('feedback', empty),
  event('auto_reply', z.strictObject({ returnDate: calendarDate.nullable(), messageId: nullableText })),
  event('bounce', z.strictObject({ address: text, hard: z.boolean() })),
  event('note', empty),
  event('ghosted', z.strictObject(actionRef)),
]) satisfies z.ZodType<AppEvent>;

export const actionSchema = z.strictObject({
  id,
  applicationId: id,
  kind: z.enum(ACTION_KINDS),
  step: z.number().int().min(1),
  channel: z.enum(CHANNELS).nullable(),
  contact: z.strictObject({ id, name: nullableText, email: nullableText, phone: nullableText }).nullable(),
  alternative: z.strictObject({ channel: z.literal('phone'), phone: text }).nullable(),
  due: z.strictObject({ start: instant, end: instant }),
  expiresAt: instant.nullable(),
  rule: text,
  reason: text,
  sources: z.array(seedFile),
  context: z.strictObject({
    interviewEventId: id.optional(),
    discussed: z.array(text).optional(),
    nextStepDate: calendarDate.nullable().optional(),
    decisionBy: calendarDate.nullable().optional(),
    previousFollowUps: z.number().int().min(0).optional(),
    appliedOn: calendarDate.nullable().optional(),
    outOfOfficeUntil: calendarDate.nullable().optional(),
  }),
}) satisfies z.ZodType<Action>;

export const actionStateSchema = z.discriminatedUnion('status', [
  z.strictObject({
    actionId: id,
    applicationId: id,
    status: z.literal('snoozed'),
    until: instant,
    at: instant,
  }),
  z.strictObject({ actionId: id, applicationId: id, status: z.literal('skipped'), at: instant }),
]) satisfies z.ZodType<ActionState>;

const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time of day, HH:MM');
const timeRange = z.strictObject({ start: timeOfDay, end: timeOfDay });
const businessDays = z.number().int().min(0);
const playbookParams = z.strictObject({
  firstFollowUp: z
    .strictObject({
      minBusinessDays: businessDays,
      maxBusinessDays: businessDays,
      preferredWeekdays: z.array(z.number().int().min(1).max(7)),
    })
    .nullable(),
  secondFollowUp: z
    .strictObject({
      anchor: z.enum(['first_follow_up', 'applied']),
      minBusinessDays: businessDays,
      maxBusinessDays: businessDays,
      minGapBusinessDays: businessDays,
    })
    .nullable(),
  maxUnansweredFollowUps: z.number().int().min(0),
  decisionDateWaitBusinessDays: businessDays,
  thankYouDueHours: z.number().min(0),
  thankYouMaxHours: z.number().min(0),
  checkInAfterNextStepBusinessDays: businessDays,
  chaseAfterInterviewDays: z.number().int().min(0),
  rejectionReplyWithinBusinessDays: businessDays,
  ghostAfterBusinessDays: businessDays,
});

export const settingsSchema = z.strictObject({
  playbook: z.enum(PLAYBOOK_NAMES),
  timezone: zone,
  country: nullableText,
  region: nullableText,
  sendWindow: timeRange,
  businessHours: timeRange,
  quietHours: timeRange.nullable(),
  playbookOverrides: z.strictObject({
    persistent: playbookParams.partial().optional(),
    balanced: playbookParams.partial().optional(),
    conservative: playbookParams.partial().optional(),
  }),
}) satisfies z.ZodType<Settings>;

export const profileSchema = z.strictObject({
  name: text,
  signature: text,
  headline: text,
  strengths: z.array(text),
  recentAchievement: nullableText,
  links: z.array(text),
}) satisfies z.ZodType<Profile>;
