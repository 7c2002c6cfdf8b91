import { describe, expect, it } from 'vitest';
import { createMailMessage, type MailHeaders } from './mail-message';
import { mayBeJobMail } from './may-be-job-mail';

const h = (fields: Partial<MailHeaders>): MailHeaders =>
  createMailMessage({ from: { name: '', address: 'someone@else.example' }, ...fields });

describe('mayBeJobMail', () => {
  it.each([
    {
      name: 'a thank-you-for-applying subject',
      headers: h({ subject: 'Thank you for applying to Northwind' }),
    },
    { name: 'an interview subject', headers: h({ subject: 'Interview availability' }) },
    {
      name: 'any mail from an ATS relay',
      headers: h({ from: { name: '', address: 'no-reply@eu.greenhouse-mail.io' }, subject: 'Hello' }),
    },
    { name: 'a German subject', headers: h({ subject: 'Ihre Bewerbung bei Contoso' }) },
    {
      name: 'a bounce',
      headers: h({ from: { name: '', address: 'MAILER-DAEMON@mx.example' }, subject: 'failure notice' }),
    },
    {
      name: 'an auto-reply',
      headers: h({ subject: 'Re: hi', headers: { 'auto-submitted': ['auto-replied'] } }),
    },
    {
      name: 'mail from a known address',
      headers: h({ subject: 'lunch?', from: { name: '', address: 'dana@northwind.example' } }),
      hints: { knownAddresses: new Set(['dana@northwind.example']) },
    },
    {
      name: 'a reply in one of our threads',
      headers: h({ subject: 're', inReplyTo: 'f1@home.example' }),
      hints: { sentMessageIds: new Set(['f1@home.example']) },
    },
    {
      name: 'mail from the domain of a company applied to',
      headers: h({ subject: 'Quick update', from: { name: '', address: 'rita@northwind.example' } }),
      hints: { companyDomains: new Set(['northwind.example']) },
    },
  ])('keeps $name', ({ headers, hints }) => {
    expect(mayBeJobMail(headers, hints)).toBe(true);
  });

  it.each([
    {
      name: 'a mailing-list post, even about a job',
      headers: h({
        subject: 'Job: MapReduce task failed',
        headers: { 'list-id': ['<dev.hadoop.apache.org>'] },
      }),
    },
    { name: 'a personal note with no job word', headers: h({ subject: 'Photos from the weekend' }) },
    {
      name: 'a LinkedIn notification without a job subject',
      headers: h({
        from: { name: '', address: 'messages-noreply@linkedin.com' },
        subject: 'Dana reacted to your post',
      }),
    },
    {
      name: 'a sender that declares it is not automatic',
      headers: h({ subject: 'hi', headers: { 'auto-submitted': ['no'] } }),
    },
  ])('skips $name', ({ headers }) => {
    expect(mayBeJobMail(headers)).toBe(false);
  });
});

describe('mayBeJobMail for a backfill that skips unlinked automated mail', () => {
  const hints = {
    unlinkedAutomated: false,
    knownAddresses: new Set(['dana@northwind.example']),
    sentMessageIds: new Set(['f1@home.example']),
  };

  it.each([
    {
      name: 'a bounce of an unrelated message',
      headers: h({ from: { name: '', address: 'mailer-daemon@mx.example' }, subject: 'failure notice' }),
      kept: false,
    },
    {
      name: 'an auto-reply to an unrelated message',
      headers: h({ subject: 'Out of office', headers: { 'auto-submitted': ['auto-replied'] } }),
      kept: false,
    },
    {
      name: 'a bounce that names the application in its subject',
      headers: h({
        from: { name: '', address: 'mailer-daemon@mx.example' },
        subject: 'Undeliverable: my application',
      }),
      kept: true,
    },
    {
      name: 'a bounce in one of our threads',
      headers: h({
        from: { name: '', address: 'mailer-daemon@mx.example' },
        subject: 'failure notice',
        references: ['f1@home.example'],
      }),
      kept: true,
    },
    {
      name: 'a bounce for a known address',
      headers: h({
        from: { name: '', address: 'mailer-daemon@mx.example' },
        subject: 'failure notice',
        headers: { 'x-failed-recipients': ['Dana@Northwind.example'] },
      }),
      kept: true,
    },
  ])('keeps $name: $kept', ({ headers, kept }) => {
    expect(mayBeJobMail(headers, hints)).toBe(kept);
  });
});
