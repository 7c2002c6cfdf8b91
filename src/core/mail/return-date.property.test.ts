import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractReturnDate } from './return-date';

const words = fc.constantFrom(
  'I',
  'am',
  'out of the office',
  'until',
  'back on',
  'returning',
  'through',
  'from',
  'Monday',
  '14th',
  'March',
  '3',
  '2025-03-14',
  'July 10-31',
  'next week',
  '.',
  '\n',
);

describe('extractReturnDate on generated out-of-office text', () => {
  it('returns null or a date no earlier than the day sent and at most about a year later', () => {
    fc.assert(
      fc.property(
        fc.array(words, { maxLength: 20 }).map((w) => w.join(' ')),
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-01-01'), noInvalidDate: true }),
        (text, sent) => {
          const result = extractReturnDate([text], sent.toISOString());
          if (result === null) return;
          expect(result).toMatch(/^\d{4}-\d\d-\d\d$/);
          const days = (Date.parse(result) - Date.parse(sent.toISOString().slice(0, 10))) / 86_400_000;
          expect(days).toBeGreaterThanOrEqual(0);
          expect(days).toBeLessThanOrEqual(401);
        },
      ),
      { numRuns: 200 },
    );
  });
});
