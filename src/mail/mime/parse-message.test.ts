import { describe, expect, it } from 'vitest';
import { parseMessage } from './parse-message';

const crlf = (lines: string[]): Buffer => Buffer.from(lines.join('\r\n'));

describe('parseMessage', () => {
  it('reads a multipart message, preferring the plain part', async () => {
    const result = await parseMessage(
      crlf([
        'From: a@x.example',
        'Subject: s',
        'Content-Type: multipart/alternative; boundary=b',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'plain text',
        '--b',
        'Content-Type: text/html',
        '',
        '<p>html</p>',
        '--b--',
      ]),
    );
    expect(result.ok && result.message.text.trim()).toBe('plain text');
  });

  it('derives text from an HTML-only body', async () => {
    const result = await parseMessage(
      crlf(['Subject: s', 'Content-Type: text/html', '', '<p>We&rsquo;d like to invite you</p>']),
    );
    expect(result.ok && result.message.text).toBe('We’d like to invite you');
  });

  it('cuts long text and says so', async () => {
    const result = await parseMessage(crlf(['Subject: s', '', 'x'.repeat(1000)]), { maxTextChars: 100 });
    expect(result.ok && [result.message.text.length, result.message.textTruncated]).toEqual([100, true]);
  });

  it('reads only the first bytes of a huge message', async () => {
    const result = await parseMessage(crlf(['Subject: big', '', 'start', 'y'.repeat(200_000)]), {
      maxBytes: 1000,
    });
    expect(result.ok && [result.message.subject, result.message.textTruncated]).toEqual(['big', true]);
  });

  it('counts attachments and reads the Message-ID quoted in a plain-text bounce', async () => {
    const result = await parseMessage(
      crlf([
        'From: MAILER-DAEMON@mx.example',
        'Subject: failure notice',
        'Content-Type: multipart/mixed; boundary=b',
        '',
        '--b',
        'Content-Type: text/plain',
        '',
        'Sorry.',
        '--- Below this line is a copy of the message.',
        'Message-ID: <f9@home.example>',
        '--b',
        'Content-Type: application/pdf',
        'Content-Disposition: attachment; filename=cv.pdf',
        'Content-Transfer-Encoding: base64',
        '',
        'JVBERi0=',
        '--b--',
      ]),
    );
    expect(result.ok && [result.message.attachmentsCount, result.message.original?.messageId]).toEqual([
      1,
      'f9@home.example',
    ]);
  });

  it('returns an error value for headers past the limit', async () => {
    const result = await parseMessage(Buffer.from(`X-Big: ${'a'.repeat(5000)}\r\n\r\nbody`), {
      maxHeaderBytes: 1024,
    });
    expect(result).toEqual({ ok: false, error: 'header section is larger than 1024 bytes' });
  });
});
