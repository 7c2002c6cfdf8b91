import { describe, expect, it } from 'vitest';
import { vtimezone } from './vtimezone';

const observances = (text: string | null) =>
  (text ?? '')
    .split('\r\n')
    .filter((line) => /^(BEGIN:(STANDARD|DAYLIGHT)|DTSTART|TZOFFSET)/.test(line))
    .join(' ');

describe('vtimezone', () => {
  it.each([
    [
      'New York’s two changes of 2026',
      'America/New_York',
      'BEGIN:STANDARD DTSTART:20260101T000000 TZOFFSETFROM:-0500 TZOFFSETTO:-0500 BEGIN:DAYLIGHT DTSTART:20260308T020000 TZOFFSETFROM:-0500 TZOFFSETTO:-0400 BEGIN:STANDARD DTSTART:20261101T020000 TZOFFSETFROM:-0400 TZOFFSETTO:-0500',
    ],
    [
      'Berlin’s two changes of 2026',
      'Europe/Berlin',
      'BEGIN:STANDARD DTSTART:20260101T000000 TZOFFSETFROM:+0100 TZOFFSETTO:+0100 BEGIN:DAYLIGHT DTSTART:20260329T020000 TZOFFSETFROM:+0100 TZOFFSETTO:+0200 BEGIN:STANDARD DTSTART:20261025T030000 TZOFFSETFROM:+0200 TZOFFSETTO:+0100',
    ],
    [
      'Sydney, whose summer spans the new year',
      'Australia/Sydney',
      'BEGIN:DAYLIGHT DTSTART:20260101T000000 TZOFFSETFROM:+1100 TZOFFSETTO:+1100 BEGIN:STANDARD DTSTART:20260405T030000 TZOFFSETFROM:+1100 TZOFFSETTO:+1000 BEGIN:DAYLIGHT DTSTART:20261004T020000 TZOFFSETFROM:+1000 TZOFFSETTO:+1100',
    ],
    [
      'Kolkata, with a half-hour offset and no changes',
      'Asia/Kolkata',
      'BEGIN:STANDARD DTSTART:20260101T000000 TZOFFSETFROM:+0530 TZOFFSETTO:+0530',
    ],
  ])('describes %s', (_name, zone, expected) => {
    const text = vtimezone(zone, 2026, 2026);
    expect(text?.startsWith(`BEGIN:VTIMEZONE\r\nTZID:${zone}\r\n`)).toBe(true);
    expect(text?.endsWith('END:VTIMEZONE\r\n')).toBe(true);
    expect(observances(text)).toBe(expected);
  });

  it('gives nothing for a zone it does not know', () => {
    expect(vtimezone('Mars/Olympus', 2026, 2026)).toBeNull();
  });
});
