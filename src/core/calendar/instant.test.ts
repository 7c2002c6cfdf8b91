import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInstant, parseInstant } from './instant';

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
});
