import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './instant';

/**
 * Whether text is a well-formed instant whose day its month does not have. parseInstant says NaN to that,
 * where V8's Date.parse rolls it over (30 February is 2 March).
 */
function pastMonthEnd(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{3})?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(text);
  if (!m) return false;
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
  const wellFormed = year! > 0 && month! >= 1 && month! <= 12 && day! >= 1 && hour! <= 23 && minute! <= 59 && second! <= 59 && offsetHours! <= 23 && offsetMinutes! <= 59;
  return wellFormed && day! > new Date(Date.UTC(year!, month!, 0)).getUTCDate();
}

describe('instants', () => {
  it.each([
    ['2026-11-23T09:00:00-05:00', Date.parse('2026-11-23T14:00:00Z')],
    ['2026-11-23T14:00:00Z', Date.parse('2026-11-23T14:00:00Z')],
    ['2026-11-23T14:00:00.250Z', Date.parse('2026-11-23T14:00:00.250Z')],
    ['2026-03-09T09:00:00+05:30', Date.parse('2026-03-09T03:30:00Z')],
    ['2026-02-30T09:00:00Z', NaN],
    ['2026-11-23', Date.parse('2026-11-23')],
    ['not a date', NaN],
  ])('parses %s', (text, expected) => {
    expect(parseInstant(text)).toBe(expected);
  });

  it('agrees with Date.parse on every instant it writes, across offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: -2e12, max: 8e12 }), fc.integer({ min: -14 * 60, max: 14 * 60 }), (ms, offset) => {
        const whole = Math.floor(ms / 1000) * 1000;
        const text = formatInstant(whole, offset);
        expect(parseInstant(text)).toBe(whole);
        expect(Date.parse(text)).toBe(whole);
      }),
    );
  });

  it('agrees with Date.parse on arbitrary text, and never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.date({ noInvalidDate: true }).map((d) => d.toISOString())), (text) => {
        expect(parseInstant(text)).toEqual(Date.parse(text));
      }),
    );
  });

  it('agrees with Date.parse on instant-shaped text with any character in any place', () => {
    const shapes = ['2026-11-23T09:00:00Z', '2026-11-23T09:00:00.250Z', '2026-11-23T09:00:00-05:00', '2024-02-29T23:59:59.999+14:00'];
    const noise = fc.constantFrom(...'0123456789:+-.TZtz /\u00e9\u0660'.split(''));
    fc.assert(
      fc.property(fc.constantFrom(...shapes), fc.array(fc.tuple(fc.nat(), noise), { maxLength: 3 }), (shape, edits) => {
        const chars = shape.split('');
        for (const [at, c] of edits) chars[at % chars.length] = c;
        const text = chars.join('');
        expect(parseInstant(text)).toEqual(pastMonthEnd(text) ? NaN : Date.parse(text));
      }),
      { numRuns: 5000 },
    );
  });
});
