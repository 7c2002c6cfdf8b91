import { describe, expect, it } from 'vitest';
import { extractApplicationFromAck } from './extract-application';
import { createMailMessage, type MailMessage } from './mail-message';

const m = (fields: Partial<MailMessage>): MailMessage =>
  createMailMessage({ from: { name: '', address: 'no-reply@us.greenhouse-mail.io' }, ...fields });

describe('extractApplicationFromAck', () => {
  it.each([
    {
      name: 'role and company in the subject',
      msg: m({ subject: 'Your application for Senior Engineer at Northwind' }),
      company: 'Northwind',
      role: 'Senior Engineer',
    },
    {
      name: 'the company in a thank-you subject',
      msg: m({ subject: 'Thank you for applying to Contoso!' }),
      company: 'Contoso',
      role: null,
    },
    {
      name: 'the role in the body',
      msg: m({
        subject: 'Thank you for applying to Contoso',
        text: 'We have received your application for the Data Analyst position.',
      }),
      company: 'Contoso',
      role: 'Data Analyst',
    },
    {
      name: 'the position-of-role-at-company phrasing',
      msg: m({
        subject: 'Application received',
        text: 'Thanks for applying for the position of Site Reliability Engineer at Fabrikam Robotics. We will be in touch.',
      }),
      company: 'Fabrikam Robotics',
      role: 'Site Reliability Engineer',
    },
    {
      name: 'an ATS sender display name',
      msg: m({
        subject: 'Application received',
        from: { name: 'Initech Hiring Team', address: 'no-reply@ashbyhq.com' },
      }),
      company: 'Initech',
      role: null,
    },
    {
      name: 'a careers-at display name',
      msg: m({ subject: 'We got it', from: { name: 'Careers at Globex', address: 'jobs@hire.lever.co' } }),
      company: 'Globex',
      role: null,
    },
    {
      name: 'the sender domain as a last resort',
      msg: m({
        subject: 'Application received',
        from: { name: '', address: 'no-reply@careers.umbrella.com' },
      }),
      company: 'Umbrella',
      role: null,
    },
    {
      name: 'a LinkedIn easy-apply confirmation',
      msg: m({
        subject: 'Your application was sent to Hooli',
        from: { name: 'LinkedIn', address: 'jobs-noreply@linkedin.com' },
      }),
      company: 'Hooli',
      role: null,
    },
  ])('reads $name', ({ msg, company, role }) => {
    const found = extractApplicationFromAck(msg);
    expect(found.company).toBe(company);
    expect(found.role).toBe(role);
    expect(found.evidence.length).toBeGreaterThan(0);
  });

  it('finds nothing in an ack relayed by an ATS with no name anywhere', () => {
    expect(extractApplicationFromAck(m({ subject: 'Application received', text: 'Thanks!' }))).toMatchObject({
      company: null,
      role: null,
      confidence: 0,
    });
  });
});
