import { describe, expect, it } from 'vitest';
import { parseHeadersOnly } from './parse-headers-only';

const raw = [
  'Received: from mx by mx; Mon, 3 Mar 2025 10:00:00 +0000',
  'From: =?utf-8?B?w4l0aWVubmU=?= <Etienne@Contoso.Example>',
  'To: Sam <sam@home.example>, team: a@x.example, b@x.example;',
  'Cc: undisclosed-recipients:;',
  'Subject: =?utf-8?Q?Entretien_=E2=80=93_Contoso?=',
  '  (suite)',
  'Date: Mon, 3 Mar 2025 11:00:00 +0100 (CET)',
  'Message-ID: <m1@contoso.example>',
  'In-Reply-To: <f1@home.example> <f0@home.example>',
  'References: <f0@home.example>',
  '  <f1@home.example>',
  'List-Id: <jobs.contoso.example>',
  'DKIM-Signature: v=1; a=rsa-sha256',
  '',
  'body',
].join('\r\n');

describe('parseHeadersOnly', () => {
  it('reads the envelope-like fields and the kept headers', () => {
    const result = parseHeadersOnly(Buffer.from(raw));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.headers).toEqual({
      messageId: 'm1@contoso.example',
      inReplyTo: 'f1@home.example',
      references: ['f0@home.example', 'f1@home.example'],
      from: { name: 'Étienne', address: 'etienne@contoso.example' },
      to: [
        { name: 'Sam', address: 'sam@home.example' },
        { name: '', address: 'a@x.example' },
        { name: '', address: 'b@x.example' },
      ],
      cc: [],
      replyTo: null,
      subject: 'Entretien – Contoso (suite)',
      date: '2025-03-03T10:00:00.000Z',
      headers: { 'list-id': ['<jobs.contoso.example>'] },
    });
    expect(raw.slice(result.bodyStart)).toBe('body');
  });

  it('works on a view into a larger buffer', () => {
    const big = Buffer.concat([Buffer.from('JUNK'), Buffer.from('Subject: hi\n\nx'), Buffer.from('MORE')]);
    const result = parseHeadersOnly(big.subarray(4, 4 + 14));
    expect(result.ok && result.headers.subject).toBe('hi');
  });

  it.each([
    { name: 'an unreadable Date', input: 'Date: someday\nSubject: x\n\n', field: 'date', value: null },
    {
      name: 'a Message-ID without brackets',
      input: 'Message-ID: abc@x\n\n',
      field: 'messageId',
      value: 'abc@x',
    },
    {
      name: 'a bare From word',
      input: 'From: mailer-daemon\n\n',
      field: 'from',
      value: { name: '', address: 'mailer-daemon' },
    },
  ])('copes with $name', ({ input, field, value }) => {
    const result = parseHeadersOnly(Buffer.from(input));
    expect(result.ok && result.headers[field as 'date']).toEqual(value);
  });

  it.each([
    { name: 'no header fields', input: 'just some text\nand more\n\n', error: /no header fields/ },
    { name: 'a gigantic header', input: `Subject: ${'x'.repeat(300_000)}\n\nbody`, error: /larger than/ },
  ])('returns an error for $name', ({ input, error }) => {
    const result = parseHeadersOnly(Buffer.from(input));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(error);
  });
});

describe('parseHeadersOnly on raw 8-bit headers', () => {
  it('decodes raw UTF-8 values, including a trailing "à" whose second byte is 0xA0', () => {
    const result = parseHeadersOnly(
      Buffer.from('Subject: Entretien à\r\nFrom: Renée <r@x.example>\r\n\r\n', 'utf8'),
    );
    expect(result.ok && [result.headers.subject, result.headers.from?.name]).toEqual([
      'Entretien à',
      'Renée',
    ]);
  });
});
