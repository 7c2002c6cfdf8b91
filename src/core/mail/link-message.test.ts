import { describe, expect, it } from 'vitest';
import { buildLinkIndex, linkMessage, type LinkKnowledge } from './link-message';
import { createMailMessage, type MailMessage } from './mail-message';

const knowledge: LinkKnowledge = {
  sentMessageIds: new Map([
    ['<f1@home.example>', 'app-northwind'],
    ['f2@home.example', 'app-contoso'],
  ]),
  contacts: [
    { email: 'Dana@Northwind.example', applicationId: 'app-northwind' },
    { email: 'shared@recruit.example', applicationId: 'app-contoso' },
    { email: 'shared@recruit.example', applicationId: 'app-fabrikam' },
  ],
  applications: [
    { id: 'app-northwind', company: 'Northwind Traders, Inc.' },
    { id: 'app-contoso', company: 'Contoso', companyDomains: ['contoso-careers.example'] },
    { id: 'app-fabrikam', company: 'Fabrikam' },
    { id: 'app-fabrikam-robotics', company: 'Fabrikam Robotics GmbH' },
  ],
};

const m = (fields: Partial<MailMessage>): MailMessage => createMailMessage(fields);

describe('linkMessage', () => {
  it.each([
    {
      name: 'In-Reply-To one of our Message-IDs',
      msg: m({ inReplyTo: 'f1@home.example' }),
      expected: { applicationId: 'app-northwind', via: 'thread' },
    },
    {
      name: 'References holding one of our ids',
      msg: m({ references: ['zzz@else.example', 'f2@home.example'] }),
      expected: { applicationId: 'app-contoso', via: 'thread' },
    },
    {
      name: 'a bounce whose returned copy has our id',
      msg: m({ original: { messageId: 'f2@home.example', subject: '', to: [] } }),
      expected: { applicationId: 'app-contoso', via: 'thread' },
    },
    {
      name: 'a known contact, whatever the case of the address',
      msg: m({ from: { name: 'Dana', address: 'dana@northwind.example' } }),
      expected: { applicationId: 'app-northwind', via: 'contact' },
    },
    {
      name: 'a contact shared by two applications, disambiguated by the subject',
      msg: m({ from: { name: '', address: 'shared@recruit.example' }, subject: 'Your Fabrikam interview' }),
      expected: { applicationId: 'app-fabrikam', via: 'contact' },
    },
    {
      name: 'a recorded company domain',
      msg: m({ from: { name: '', address: 'talent@mail.contoso-careers.example' } }),
      expected: { applicationId: 'app-contoso', via: 'domain' },
    },
    {
      name: 'a domain named after the company',
      msg: m({ from: { name: '', address: 'hr@northwindtraders.example' } }),
      expected: { applicationId: 'app-northwind', via: 'domain' },
    },
    {
      name: 'a Greenhouse relay naming the company in the subject',
      msg: m({
        from: { name: '', address: 'no-reply@us.greenhouse-mail.io' },
        subject: 'Thank you for applying to Northwind Traders',
      }),
      expected: { applicationId: 'app-northwind', via: 'ats_subject' },
    },
    {
      name: 'a Lever relay naming the longer of two company names',
      msg: m({
        from: { name: '', address: 'no-reply@hire.lever.co' },
        subject: 'Fabrikam Robotics: your application',
      }),
      expected: { applicationId: 'app-fabrikam-robotics', via: 'ats_subject' },
    },
    {
      name: 'an Ashby relay naming the company in the sender name',
      msg: m({
        from: { name: 'Contoso Hiring Team', address: 'no-reply@ashbyhq.com' },
        subject: 'Next steps',
      }),
      expected: { applicationId: 'app-contoso', via: 'ats_subject' },
    },
  ])('links $name', ({ msg, expected }) => {
    expect(linkMessage(msg, knowledge)).toMatchObject(expected);
  });

  it.each([
    { name: 'a free-mail sender', msg: m({ from: { name: '', address: 'northwind@gmail.com' } }) },
    {
      name: 'an ATS relay naming no known company',
      msg: m({
        from: { name: '', address: 'x@smartrecruiters.com' },
        subject: 'Thanks for applying to Initech',
      }),
    },
    {
      name: 'a look-alike relay domain',
      msg: m({ from: { name: '', address: 'x@notgreenhouse-mail.io' }, subject: 'Northwind Traders' }),
    },
    { name: 'a message with nothing to go on', msg: m({}) },
  ])('does not link $name', ({ msg }) => {
    expect(linkMessage(msg, knowledge)).toBeNull();
  });

  it('prefers the thread over a contact match', () => {
    const msg = m({ inReplyTo: '<f2@home.example>', from: { name: '', address: 'dana@northwind.example' } });
    expect(linkMessage(msg, knowledge)?.applicationId).toBe('app-contoso');
  });

  it('gives the same answers from a prepared index', () => {
    const msg = m({ from: { name: '', address: 'dana@northwind.example' } });
    expect(linkMessage(msg, buildLinkIndex(knowledge))).toEqual(linkMessage(msg, knowledge));
  });
});
