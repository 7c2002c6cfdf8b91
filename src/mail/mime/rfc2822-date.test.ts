import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMailDate } from './rfc2822-date';

describe('parseMailDate', () => {
  it.each([
    ['Wed, 1 Feb 2012 00:23:25 -0800 (PST)', '2012-02-01T08:23:25.000Z'],
    ['Thu, 29 Apr 2005 23:34:45 +0900', '2005-04-29T14:34:45.000Z'],
    ['29 Apr 2009 00:00:00 -0000', '2009-04-29T00:00:00.000Z'],
    ['Mon, 3 Mar 2025 10:00 GMT', '2025-03-03T10:00:00.000Z'],
    ['Tue, 4 Mar 25 10:00:00 EST', '2025-03-04T15:00:00.000Z'],
    ['Wednesday, 5 March 2025 10:00:00 +0100', '2025-03-05T09:00:00.000Z'],
    ['2025-03-05T10:00:00Z', '2025-03-05T10:00:00.000Z'],
    ['Mon, 3 Mar 2025 10:00:00', '2025-03-03T10:00:00.000Z'],
  ])('reads %j as %s', (value, expected) => {
    expect(parseMailDate(value)).toBe(expected);
  });

  it.each(['', 'someday', 'Mon, 45 Mar 2025 10:00:00 +0000', 'Mon, 3 Foo 2025 10:00:00 +0000 garbage'])(
    'returns null for %j',
    (value) => {
      expect(parseMailDate(value)).toBeNull();
    },
  );

  it('agrees with Date.parse on generated RFC 5322 dates', () => {
    const days = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
    const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1971-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }),
        fc.integer({ min: -720, max: 840 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000);
          const zone = `${offset < 0 ? '-' : '+'}${String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0')}${String(Math.abs(offset) % 60).padStart(2, '0')}`;
          const text = `${days[local.getUTCDay()]}, ${local.getUTCDate()} ${months[local.getUTCMonth()]} ${local.getUTCFullYear()} ${String(local.getUTCHours()).padStart(2, '0')}:${String(local.getUTCMinutes()).padStart(2, '0')}:${String(local.getUTCSeconds()).padStart(2, '0')} ${zone}`;
          const seconds = Math.floor(date.getTime() / 1000) * 1000;
          expect(parseMailDate(text)).toBe(new Date(seconds).toISOString());
        },
      ),
    );
  });
});
