import { describe, expect, it } from 'vitest';
import { classifyMessage } from './classify-message';
import { createMailMessage, type MailMessage } from './mail-message';

const me = { name: 'Sam Lee', address: 'sam@home.example' };
const dana = { name: 'Dana Reyes', address: 'dana@northwind.example' };

function msg(fields: Partial<MailMessage>): MailMessage {
  return createMailMessage({ to: [me], from: dana, date: '2025-03-03T09:00:00Z', ...fields });
}

describe('classifyMessage on automatic replies', () => {
  it.each([
    {
      name: 'an RFC 3834 auto-reply with a return date',
      m: msg({
        subject: 'Re: Backend Engineer',
        headers: { 'auto-submitted': ['auto-replied'] },
        text: 'I am out of the office until 14 March with limited access to email.',
      }),
      returnDate: '2025-03-14',
    },
    {
      name: 'an Exchange "Automatic reply" subject',
      m: msg({
        subject: 'Automatic reply: Backend Engineer',
        headers: { 'x-ms-exchange-inbox-rules-loop': ['dana@northwind.example'] },
        text: 'I will be back on Monday 10 March.',
      }),
      returnDate: '2025-03-10',
    },
    {
      name: 'an X-Autoreply header',
      m: msg({
        subject: 'Away',
        headers: { 'x-autoreply': ['yes'] },
        text: 'Thanks for your message. I am on annual leave, returning 2025-03-17.',
      }),
      returnDate: '2025-03-17',
    },
    {
      name: "Apple's vacation header",
      m: msg({
        subject: 'Re: hello',
        headers: {
          'x-apple-action': ['VACATION'],
          'x-apple-criteria': ['{kind=VACATION,endDate=2025-03-07T22:59:59Z}'],
        },
        text: 'Away.',
      }),
      returnDate: '2025-03-08',
    },
    {
      name: 'an out-of-office subject without headers or date',
      m: msg({ subject: 'Out of Office', text: 'Thank you for your email.' }),
      returnDate: null,
    },
  ])('reads $name as an auto_reply', ({ m, returnDate }) => {
    const verdict = classifyMessage(m);
    expect(verdict.kind).toBe('auto_reply');
    expect(verdict.returnDate).toBe(returnDate);
  });

  it('keeps an ATS acknowledgement marked auto-generated an ack, since an ack is not an auto-reply', () => {
    const verdict = classifyMessage(
      msg({
        subject: 'Application received',
        headers: { 'auto-submitted': ['auto-generated'] },
        text: 'We have received your application for the Analyst role.',
      }),
    );
    expect(verdict.kind).toBe('ack');
  });

  it('reads an out-of-office reply that mentions an application as an auto_reply', () => {
    const verdict = classifyMessage(
      msg({
        subject: 'Automatic reply: My application',
        headers: { 'auto-submitted': ['auto-replied'] },
        text: 'I am out of the office until Friday. Your application is important to us.',
      }),
    );
    expect(verdict.kind).toBe('auto_reply');
  });
});

describe('classifyMessage on bounces', () => {
  it('reads a delivery-status report with a 5.x.x status as a hard bounce and names the recipient', () => {
    const verdict = classifyMessage(
      msg({
        from: { name: 'Mail Delivery Subsystem', address: 'mailer-daemon@mx.example' },
        subject: 'Delivery Status Notification (Failure)',
        dsn: [
          {
            action: 'failed',
            status: '5.1.1',
            finalRecipient: 'dana@northwind.example',
            diagnostic: 'smtp; 550 5.1.1 user unknown',
          },
        ],
      }),
    );
    expect(verdict).toMatchObject({
      kind: 'bounce',
      bounce: 'hard',
      failedRecipient: 'dana@northwind.example',
      tier: 'high',
    });
  });

  it('reads a delayed delivery report as a soft bounce', () => {
    const verdict = classifyMessage(
      msg({
        from: { name: '', address: 'postmaster@mx.example' },
        subject: 'Delivery Status Notification (Delay)',
        dsn: [
          { action: 'delayed', status: '4.4.7', finalRecipient: 'dana@northwind.example', diagnostic: null },
        ],
      }),
    );
    expect(verdict).toMatchObject({ kind: 'bounce', bounce: 'soft' });
  });

  it('reads a plain-text Exim bounce and finds the failed address in its text', () => {
    const verdict = classifyMessage(
      msg({
        from: { name: 'Mail Delivery System', address: 'mailer-daemon@relay.example' },
        subject: 'Mail delivery failed: returning message to sender',
        text: 'This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its recipients. This is a permanent error. The following address(es) failed:\n\n  jobs@northwind.example\n    SMTP error from remote mail server after RCPT TO:<jobs@northwind.example>:\n    550 5.1.1 No such user\n',
      }),
    );
    expect(verdict).toMatchObject({
      kind: 'bounce',
      bounce: 'hard',
      failedRecipient: 'jobs@northwind.example',
    });
  });

  it('takes the failed address from X-Failed-Recipients', () => {
    const verdict = classifyMessage(
      msg({
        from: { name: '', address: 'mailer-daemon@relay.example' },
        subject: 'Undeliverable',
        headers: { 'x-failed-recipients': ['hr@northwind.example'] },
      }),
    );
    expect(verdict.failedRecipient).toBe('hr@northwind.example');
  });

  it('reads a mailbox-full notice as a soft bounce', () => {
    const verdict = classifyMessage(
      msg({
        from: { name: '', address: 'postmaster@mx.example' },
        subject: 'Undelivered Mail Returned to Sender',
        text: '<dana@northwind.example>: host mx said: 452 4.2.2 Mailbox full, will retry',
      }),
    );
    expect(verdict).toMatchObject({ kind: 'bounce', bounce: 'soft' });
  });

  it('does not call a feedback (abuse) report a bounce', () => {
    const verdict = classifyMessage(
      msg({
        from: { name: '', address: 'fbl@isp.example' },
        subject: 'Abuse report',
        headers: { 'content-type': ['multipart/report; report-type=feedback-report'] },
      }),
    );
    expect(verdict.kind).toBe('unrelated');
  });

  it('does not call a list message that quotes a delivery error a bounce', () => {
    const verdict = classifyMessage(
      msg({
        from: { name: 'Jira', address: 'jira@issues.example.org' },
        subject: '[jira] Delivery failure on the notification service',
        text: 'The message was not delivered: 550 5.0.0',
        headers: { 'list-id': ['<dev.example.org>'] },
      }),
    );
    expect(verdict.kind).toBe('unrelated');
  });
});

describe('classifyMessage on people and everything else', () => {
  it.each([
    {
      name: 'a person answering in our thread',
      m: msg({
        subject: 'Re: Backend Engineer',
        inReplyTo: 'f1@home.example',
        text: 'Thanks Sam, let me check with the team.',
      }),
      link: { via: 'thread' as const },
      kind: 'human_reply',
      tier: 'high',
    },
    {
      name: 'a known contact moving the interview',
      m: msg({ subject: 'Tomorrow', text: 'Hi Sam, can we move the interview to 3pm?' }),
      link: { via: 'contact' as const },
      kind: 'human_reply',
      tier: 'high',
    },
    {
      name: 'a known contact writing a plain note',
      m: msg({ subject: 'Re: quick question', inReplyTo: 'x@home.example', text: 'Sure, Thursday works.' }),
      link: { via: 'contact' as const },
      kind: 'human_reply',
      tier: 'medium',
    },
    {
      name: 'an unlinked reply about something else',
      m: msg({ subject: 'Re: dinner', inReplyTo: 'x@home.example', text: 'Sure, 7pm works.' }),
      link: null,
      kind: 'unrelated',
      tier: 'medium',
    },
    {
      name: 'a mailing-list post',
      m: msg({
        subject: '[VOTE] Release 2.1',
        text: 'Please vote on the release candidate.',
        headers: { 'list-id': ['<dev.example.org>'] },
      }),
      link: null,
      kind: 'unrelated',
      tier: 'high',
    },
    {
      name: 'a newsletter from a no-reply sender',
      m: msg({
        from: { name: 'News', address: 'no-reply@news.example' },
        subject: 'This week in tech',
        text: 'Top stories.',
      }),
      link: null,
      kind: 'unrelated',
      tier: 'medium',
    },
    {
      name: 'a ticket robot answering in a thread',
      m: msg({
        from: { name: 'Support', address: 'noreply@help.example' },
        subject: 'Re: my question',
        inReplyTo: 'q@home.example',
        headers: { 'auto-submitted': ['auto-generated'] },
        text: 'Ticket #123 was created.',
      }),
      link: null,
      kind: 'auto_reply',
      tier: 'medium',
    },
  ])('reads $name as $kind ($tier)', ({ m, link, kind, tier }) => {
    const verdict = classifyMessage(m, { link });
    expect(verdict.kind).toBe(kind);
    expect(verdict.tier).toBe(tier);
  });
});
