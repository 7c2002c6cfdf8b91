import { describe, expect, it } from 'vitest';
import { classifyMessage, type MailKind } from './classify-message';
import { createMailMessage, type MailAddress } from './mail-message';

const recruiter: MailAddress = { name: 'Dana Reyes', address: 'dana.reyes@northwind.example' };
const ats: MailAddress = { name: 'Northwind Hiring Team', address: 'no-reply@us.greenhouse-mail.io' };

interface Case {
  name: string;
  subject: string;
  text: string;
  from?: MailAddress;
  kind: MailKind;
}

/** Hand-written in the styles employers and ATS templates use; none is copied from real mail. */
const CASES: Case[] = [
  // Rejections.
  {
    name: 'says it will not move forward with the application',
    subject: 'Your application to Northwind',
    text: 'Hi Sam,\n\nThank you for applying for the Backend Engineer role. After careful consideration we will not be moving forward with your application at this time.\n\nBest,\nDana',
    kind: 'rejection',
  },
  {
    name: 'regrets to inform',
    subject: 'Backend Engineer',
    text: 'Dear Sam, we regret to inform you that your application was not successful on this occasion.',
    kind: 'rejection',
  },
  {
    name: 'chose other candidates whose experience fits better',
    subject: 'Update on your application',
    text: 'Thanks for your interest in Northwind. We have decided to move forward with other candidates whose experience more closely matches the needs of the team.',
    kind: 'rejection',
  },
  {
    name: 'says the position has been filled',
    subject: 'Data Analyst position',
    text: 'Hello, thank you for your application. The position has now been filled. We will keep your details on file for future opportunities.',
    kind: 'rejection',
  },
  {
    name: 'was not selected for interview',
    subject: 'Your candidacy',
    text: 'Hi Sam, unfortunately you have not been selected for an interview for the Platform Engineer position.',
    kind: 'rejection',
  },
  {
    name: 'decided not to proceed',
    subject: 'Application update',
    text: 'We reviewed your application and have decided not to proceed further. We wish you every success in your job search.',
    kind: 'rejection',
  },
  {
    name: 'will not take the application to the next stage',
    subject: 'Northwind recruitment',
    text: 'After reviewing your profile, we will not take your application to the next stage of our hiring process.',
    kind: 'rejection',
  },
  {
    name: 'is unable to offer a position',
    subject: 'Interview outcome',
    text: 'Thank you for interviewing with us last week. Sadly, we are unable to offer you the position. It was a difficult decision.',
    kind: 'rejection',
  },
  {
    name: 'is a German rejection',
    subject: 'Ihre Bewerbung',
    text: 'Sehr geehrter Herr Lee, leider müssen wir Ihnen mitteilen, dass wir uns für einen anderen Kandidaten entschieden haben.',
    kind: 'rejection',
  },
  {
    name: 'is a French rejection',
    subject: 'Votre candidature',
    text: "Bonjour, nous sommes au regret de vous informer que votre candidature n'a pas été retenue.",
    kind: 'rejection',
  },
  {
    name: 'is a Dutch rejection',
    subject: 'Je sollicitatie',
    text: 'Beste Sam, helaas hebben we besloten om niet verder te gaan met je sollicitatie.',
    kind: 'rejection',
  },
  {
    name: 'declines after an interview without the word unfortunately',
    subject: 'Thank you',
    text: "It was great to meet you. The team has chosen to go with another candidate for this role, but we'd love to stay in touch.",
    kind: 'rejection',
  },
  // Acknowledgements.
  {
    name: 'confirms the application was received',
    subject: 'Thank you for applying to Northwind',
    text: 'Hi Sam,\n\nWe have received your application for the Backend Engineer position. Our team will review your application and get back to you.',
    from: ats,
    kind: 'ack',
  },
  {
    name: 'says the application has been submitted',
    subject: 'Application confirmation',
    text: 'Your application has been successfully submitted. You can check the status of your application in your candidate portal.',
    from: ats,
    kind: 'ack',
  },
  {
    name: 'promises contact only if shortlisted',
    subject: 'Thanks for your interest',
    text: 'Thank you for your interest in Northwind. If your qualifications match our needs, a recruiter will contact you. Only shortlisted candidates will be contacted.',
    kind: 'ack',
  },
  {
    name: 'says a call will be scheduled if shortlisted, which is not an invitation',
    subject: 'We got your application',
    text: "We received your application. If you are shortlisted, we'll schedule a call with you to discuss next steps.",
    kind: 'ack',
  },
  {
    name: 'warns silence means no, which is not a rejection yet',
    subject: 'Application received',
    text: 'Thank you for applying. If you do not hear from us within three weeks, please consider your application unsuccessful.',
    kind: 'ack',
  },
  {
    name: 'is a German acknowledgement',
    subject: 'Eingangsbestätigung',
    text: 'Vielen Dank für Ihre Bewerbung. Wir melden uns in Kürze bei Ihnen.',
    kind: 'ack',
  },
  // Interview invitations.
  {
    name: 'invites to a first interview',
    subject: 'Northwind - next steps',
    text: 'Hi Sam, thanks for applying! We would like to invite you to a first interview with our engineering manager. Please pick a time that works for you: https://calendly.com/northwind/30min',
    from: recruiter,
    kind: 'interview_invite',
  },
  {
    name: 'wants to schedule a phone screen',
    subject: 'Backend Engineer role',
    text: "Hi Sam, I'd love to schedule a phone screen to learn more about you. What is your availability this week?",
    from: recruiter,
    kind: 'interview_invite',
  },
  {
    name: 'says the candidate was shortlisted for the technical round',
    subject: 'Good news',
    text: 'We are pleased to let you know that you have been shortlisted for the technical interview round.',
    from: recruiter,
    kind: 'interview_invite',
  },
  {
    name: 'is a calendar invitation for an interview',
    subject: 'Invitation: Interview with Northwind @ Tue 11 Mar 2025 10:00 - 11:00 (CET)',
    text: 'Join with Google Meet: meet.google.com/abc-defg-hij',
    from: recruiter,
    kind: 'interview_invite',
  },
  {
    name: 'says it will not invite to interview, which is a rejection',
    subject: 'Your application',
    text: 'Thank you for your application. We will not be inviting you to interview on this occasion, as we have chosen other candidates.',
    kind: 'rejection',
  },
];

describe('classifyMessage on job mail', () => {
  it.each(CASES)('classifies a message that $name as $kind', ({ subject, text, from, kind }) => {
    const verdict = classifyMessage(
      createMailMessage({ subject, text, from: from ?? recruiter, date: '2025-03-03T09:00:00Z' }),
    );
    expect(verdict.kind).toBe(kind);
    expect(verdict.evidence.length).toBeGreaterThan(0);
    expect(verdict.confidence).toBeGreaterThanOrEqual(0.5);
  });

  it('gives a clear rejection a high-tier confidence', () => {
    const verdict = classifyMessage(
      createMailMessage({
        subject: 'Your application',
        text: 'Unfortunately, we will not be moving forward with your application for the Analyst role.',
      }),
    );
    expect(verdict).toMatchObject({ kind: 'rejection', tier: 'high' });
  });

  it('does not read a lone "unfortunately" as a rejection', () => {
    const verdict = classifyMessage(
      createMailMessage({
        subject: 'Build failed',
        text: 'Unfortunately the nightly build failed again, see the log.',
        from: { name: 'Ci', address: 'ci@builds.example' },
      }),
    );
    expect(verdict.kind).toBe('unrelated');
  });

  it('reads an ATS rejection relayed from a no-reply address as a rejection, not as unrelated automation', () => {
    const verdict = classifyMessage(
      createMailMessage({
        subject: 'Your application to Northwind',
        text: 'Unfortunately, we have decided to move forward with other candidates.',
        from: ats,
        headers: { 'auto-submitted': ['auto-generated'] },
      }),
    );
    expect(verdict.kind).toBe('rejection');
  });
});
