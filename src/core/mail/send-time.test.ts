import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BusinessCalendar } from '../calendar/business-calendar';
import { sendTimeFor } from './send-time';

const place = { zone: 'America/New_York', country: 'US', region: null };
const window = { start: '09:00', end: '11:30' };
const due = { start: '2026-11-23T09:00:00-05:00', end: '2026-11-23T11:30:00-05:00' };
const at = (iso: string) => sendTimeFor(Date.parse(iso), due, place, window);

describe('sendTimeFor', () => {
  it('waits for the due window when approved before it', () => {
    expect(at('2026-11-22T20:00:00Z')).toBe(Date.parse(due.start));
  });

  it('sends at once when approved inside the window', () => {
    expect(at('2026-11-23T15:00:00Z')).toBe(Date.parse('2026-11-23T15:00:00Z'));
  });

  it('moves a late approval to the next business morning in the recipient zone', () => {
    expect(at('2026-11-23T23:00:00Z')).toBe(Date.parse('2026-11-24T09:00:00-05:00'));
  });

  it('skips the weekend and public holidays', () => {
    // Wednesday evening before Thanksgiving: Thursday is a holiday in the US, so Friday.
    const late = { start: '2026-11-25T09:00:00-05:00', end: '2026-11-25T11:30:00-05:00' };
    expect(sendTimeFor(Date.parse('2026-11-25T22:00:00Z'), late, place, window)).toBe(Date.parse('2026-11-27T09:00:00-05:00'));
    const friday = { start: '2026-11-27T09:00:00-05:00', end: '2026-11-27T11:30:00-05:00' };
    expect(sendTimeFor(Date.parse('2026-11-27T18:00:00Z'), friday, place, window)).toBe(Date.parse('2026-11-30T09:00:00-05:00'));
  });

  it('sends a Friday-evening thank-you at once rather than on Monday, after it has expired', () => {
    const thankYou = { start: '2026-11-27T18:00:00-05:00', end: '2026-11-27T21:00:00-05:00' };
    const expires = '2026-11-29T17:00:00-05:00';
    const saturday = Date.parse('2026-11-28T10:00:00-05:00');
    expect(sendTimeFor(saturday, thankYou, place, window, expires)).toBe(saturday);
    // Without an expiry it would wait for Monday morning.
    expect(sendTimeFor(saturday, thankYou, place, window)).toBe(Date.parse('2026-11-30T09:00:00-05:00'));
  });

  it('still waits for the next morning when the message lives past it', () => {
    expect(sendTimeFor(Date.parse('2026-11-23T23:00:00Z'), due, place, window, '2026-11-26T00:00:00Z')).toBe(Date.parse('2026-11-24T09:00:00-05:00'));
  });

  it('does not start a send in the last minutes of a window', () => {
    expect(at('2026-11-23T16:25:00Z')).toBe(Date.parse('2026-11-24T09:00:00-05:00'));
  });
});

describe('sendTimeFor, for any approval time', () => {
  it('never sends before the approval or the due window, and a moved send lands on a business day in the window', () => {
    const calendar = BusinessCalendar.for(place);
    const base = Date.parse('2026-11-23T14:00:00Z');
    fc.assert(
      fc.property(fc.integer({ min: -3 * 86_400, max: 20 * 86_400 }), (offsetSeconds) => {
        const now = base + offsetSeconds * 1000;
        const at = sendTimeFor(now, due, place, window);
        expect(at).toBeGreaterThanOrEqual(now);
        expect(at).toBeGreaterThanOrEqual(Date.parse(due.start));
        if (at !== now && at !== Date.parse(due.start)) {
          const day = calendar.dayOf(at);
          expect(calendar.isBusinessDay(day)).toBe(true);
          const open = calendar.window(day, { start: 540, end: 690 });
          expect(at).toBeGreaterThanOrEqual(open.start);
          expect(at).toBeLessThan(open.end);
        }
      }),
      { numRuns: 300 },
    );
  });
});
