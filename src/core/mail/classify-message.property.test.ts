import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyMessage, MAIL_KINDS } from './classify-message';
import { extractApplicationFromAck } from './extract-application';
import { linkMessage } from './link-message';
import { createMailMessage } from './mail-message';
import { mayBeJobMail } from './may-be-job-mail';
import { tierOf } from './phrase-rules';

const address = fc.record({
  name: fc.string({ maxLength: 40 }),
  address: fc.oneof(fc.emailAddress(), fc.string({ maxLength: 40 })),
});
const message = fc.record({
  subject: fc.string({ maxLength: 200 }),
  text: fc.oneof(fc.string({ maxLength: 2000 }), fc.string({ unit: 'binary', maxLength: 2000 })),
  from: fc.option(address, { nil: null }),
  to: fc.array(address, { maxLength: 3 }),
  inReplyTo: fc.option(fc.string({ maxLength: 60 }), { nil: null }),
  references: fc.array(fc.string({ maxLength: 60 }), { maxLength: 4 }),
  date: fc.option(
    fc.oneof(
      fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
      fc.string({ maxLength: 30 }),
    ),
    { nil: null },
  ),
  headers: fc.dictionary(
    fc.constantFrom(
      'auto-submitted',
      'x-autoreply',
      'content-type',
      'list-id',
      'precedence',
      'x-apple-criteria',
      'x-failed-recipients',
    ),
    fc.array(fc.string({ maxLength: 80 }), { minLength: 1, maxLength: 2 }),
  ),
  dsn: fc.array(
    fc.record({
      action: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
      status: fc.option(fc.string({ maxLength: 10 }), { nil: null }),
      finalRecipient: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
      diagnostic: fc.option(fc.string({ maxLength: 40 }), { nil: null }),
    }),
    { maxLength: 2 },
  ),
});

describe('the pure mail functions on arbitrary input', () => {
  it('always return a well-formed verdict and never throw', () => {
    fc.assert(
      fc.property(message, (fields) => {
        const msg = createMailMessage(fields);
        const verdict = classifyMessage(msg, { now: '2025-03-03T09:00:00Z' });
        expect(MAIL_KINDS).toContain(verdict.kind);
        expect(verdict.confidence).toBeGreaterThanOrEqual(0);
        expect(verdict.confidence).toBeLessThanOrEqual(1);
        expect(verdict.tier).toBe(tierOf(verdict.confidence));
        expect(verdict.returnDate === null || /^\d{4}-\d\d-\d\d$/.test(verdict.returnDate)).toBe(true);
        mayBeJobMail(msg);
        extractApplicationFromAck(msg);
        linkMessage(msg, {
          sentMessageIds: new Map([['a@b', 'app']]),
          contacts: [{ email: 'x@y', applicationId: 'app' }],
          applications: [{ id: 'app', company: fields.subject.slice(0, 10) }],
        });
      }),
      { numRuns: 300 },
    );
  });
});
