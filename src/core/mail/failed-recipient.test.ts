import { describe, expect, it } from 'vitest';
import { findFailedRecipient } from './failed-recipient';
import { createMailMessage, type MailMessage } from './mail-message';

const me = { name: 'Sam', address: 'sam@home.example' };
const m = (fields: Partial<MailMessage>): MailMessage =>
  createMailMessage({ to: [me], from: { name: '', address: 'mailer-daemon@mx.example' }, ...fields });

describe('findFailedRecipient', () => {
  it.each([
    {
      name: 'the failed block of a delivery-status report',
      msg: m({
        dsn: [
          { action: 'delayed', status: '4.4.1', finalRecipient: 'a@x.example', diagnostic: null },
          { action: 'failed', status: '5.1.1', finalRecipient: 'B@X.example', diagnostic: null },
        ],
      }),
      header: null,
      text: '',
      expected: 'b@x.example',
    },
    {
      name: 'the X-Failed-Recipients header',
      msg: m({}),
      header: 'hr@northwind.example, other@x.example',
      text: '',
      expected: 'hr@northwind.example',
    },
    {
      name: 'a qmail-style failure line',
      msg: m({}),
      header: null,
      text: 'Hi. This is the qmail-send program.\n<jobs@northwind.example>:\nSorry, no mailbox here by that name.',
      expected: 'jobs@northwind.example',
    },
    {
      name: 'an address after the quoted headers are skipped',
      msg: m({}),
      header: null,
      text: 'Message-ID: <abc@home.example>\nFrom: sam@home.example\n\nUser unknown: dana@northwind.example',
      expected: 'dana@northwind.example',
    },
    {
      name: 'an Amazon SES JSON notification',
      msg: m({}),
      header: null,
      text: '{"bouncedRecipients":[{"emailAddress":"gone@northwind.example","status":"5.1.1"}]}',
      expected: 'gone@northwind.example',
    },
    {
      name: 'the recipient of the returned copy when the text names nobody',
      msg: m({
        original: { messageId: null, subject: '', to: [me, { name: '', address: 'dana@northwind.example' }] },
      }),
      header: null,
      text: 'Delivery failed.',
      expected: 'dana@northwind.example',
    },
  ])('reads $name', ({ msg, header, text, expected }) => {
    expect(findFailedRecipient(msg, header, text)).toBe(expected);
  });

  it("never names the user's own address or the mailer daemon", () => {
    expect(
      findFailedRecipient(m({}), null, 'From sam@home.example to postmaster@mx.example: failed'),
    ).toBeNull();
  });
});
