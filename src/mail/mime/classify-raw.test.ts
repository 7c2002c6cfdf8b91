import { describe, expect, it } from 'vitest';
import { classifyRawMessage } from './classify-raw';

describe('classifyRawMessage', () => {
  it('parses and classifies one message', async () => {
    const result = await classifyRawMessage(
      Buffer.from(
        'From: Dana <dana@northwind.example>\r\nSubject: Your application\r\n\r\nWe regret to inform you that the position has been filled.',
      ),
    );
    expect(result.ok && [result.verdict.kind, result.message.from?.address]).toEqual([
      'rejection',
      'dana@northwind.example',
    ]);
  });

  it('passes the link on to the classifier', async () => {
    const result = await classifyRawMessage(
      Buffer.from(
        'From: dana@northwind.example\r\nSubject: Re: hi\r\nIn-Reply-To: <f1@home>\r\n\r\nThursday works.',
      ),
      { link: { via: 'thread' } },
    );
    expect(result.ok && result.verdict.kind).toBe('human_reply');
  });

  it('returns the parse error for garbage', async () => {
    expect(await classifyRawMessage(Buffer.from('no headers here'))).toEqual({
      ok: false,
      error: 'not an RFC 822 message: no header fields',
    });
  });
});
