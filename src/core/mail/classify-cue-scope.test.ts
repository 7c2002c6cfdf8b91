import { describe, expect, it } from 'vitest';
import { classifyMessage, type MailKind } from './classify-message';
import { createMailMessage, type MailAddress } from './mail-message';

const contact: MailAddress = { name: 'Priya Natarajan', address: 'priya@lumen.example' };
const ashby: MailAddress = { name: 'Lumen', address: 'no-reply@ashbyhq.com' };
const karriere: MailAddress = { name: 'Lumen GmbH', address: 'karriere@lumen.example' };

interface Case {
  name: string;
  text: string;
  subject?: string;
  from?: MailAddress;
  kind: MailKind;
}

/**
 * Hand-written messages where a rejection cue is about something other than the application, or where a
 * rejection is worded without the usual cues. Each was misread before its rule was scoped.
 */
const CASES: Case[] = [
  {
    name: 'invites to a final interview after dropping the take-home, which is an invitation',
    text: "Hi Sam, unfortunately the panel decided not to proceed with the take-home; instead we'd like to invite you to a final interview with our CTO next week.",
    kind: 'interview_invite',
  },
  {
    name: 'regrets that the interview was rescheduled, which is a reply',
    text: 'Hi Sam, we regret to inform you that due to a scheduling conflict your interview has been rescheduled. Can you do Wednesday instead?',
    kind: 'human_reply',
  },
  {
    name: 'decided not to go on with the other finalists, which is not a rejection',
    text: 'Hi Sam, we decided not to move forward with the other two finalists. Can we talk tomorrow about an offer?',
    kind: 'human_reply',
  },
  {
    name: 'selects for the final round but cannot offer a slot this week, which is an invitation',
    text: "Hi Sam, you have been selected for the final round! Unfortunately we are not able to offer you a slot this week, so we'll move it to Tuesday.",
    kind: 'interview_invite',
  },
  {
    name: 'asks about a free slot after an excuse, too weakly to be an invitation, which is a reply',
    text: "Hi Sam, sorry for the slow reply. Unfortunately the hiring manager was out sick, but we'd love to move forward with you. Are you free for an interview on Thursday?",
    kind: 'human_reply',
  },
  {
    name: 'will not invite to interview, which stays a rejection',
    text: 'Thank you for your application. We will not be inviting you to an interview for this role.',
    kind: 'rejection',
  },
  {
    name: 'decided not to proceed with the application, which stays a rejection',
    text: 'Hi Sam, after much thought we have decided not to proceed with your application.',
    kind: 'rejection',
  },
  {
    name: 'regrets that the application was unsuccessful, which stays a rejection',
    text: 'Dear Sam, we regret to inform you that your application for the role was unsuccessful.',
    kind: 'rejection',
  },
  {
    name: 'will not be moving forward at this time, from an ATS, which is a rejection',
    subject: 'Your application to Lumen',
    text: 'Hi Sam, thank you for your interest in Lumen. After reviewing your application, we will not be moving forward at this time. We wish you luck in your search.',
    from: ashby,
    kind: 'rejection',
  },
  {
    name: 'went with someone whose background is closer, which is a rejection',
    text: 'Hi Sam, thanks for your patience. After careful consideration, the team went with someone whose background is closer to what we need. I wish you the best.',
    kind: 'rejection',
  },
  {
    name: 'decided to go in a different direction, which is a rejection',
    text: "Hi Sam, thanks for following up. We've decided to go in a different direction for this role. Best of luck!",
    kind: 'rejection',
  },
  {
    name: 'is a German acknowledgement that cannot answer every application, which is an ack',
    subject: 'Ihre Bewerbung bei Lumen',
    text: 'Guten Tag, vielen Dank für Ihre Bewerbung. Wir haben Ihre Unterlagen erhalten. Leider können wir nicht jede Bewerbung individuell beantworten.',
    from: karriere,
    kind: 'ack',
  },
];

describe('classifyMessage on cues about something else', () => {
  it.each(CASES)('reads a message that $name', ({ text, subject, from, kind }) => {
    const msg = createMailMessage({
      subject: subject ?? 'Re: Backend Engineer application',
      text,
      from: from ?? contact,
      inReplyTo: from ? null : 'f1@me.example',
      date: '2025-03-03T09:00:00Z',
    });
    const link = from ? null : { via: 'thread' as const };
    expect(classifyMessage(msg, { link }).kind).toBe(kind);
  });
});
