import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../core/app-error';
import { epochMs } from './instant';

describe('epochMs', () => {
  it.each([
    ['2026-03-09T09:00:00-04:00', Date.UTC(2026, 2, 9, 13, 0)],
    ['2026-03-09T14:30:00+01:00', Date.UTC(2026, 2, 9, 13, 30)],
    ['2026-03-09T13:30:00.250Z', Date.UTC(2026, 2, 9, 13, 30, 0, 250)],
    ['2026-03-09T13:30Z', Date.UTC(2026, 2, 9, 13, 30)],
    ['2026-03-09', Date.UTC(2026, 2, 9)],
  ])('reads %s as the instant it names', (iso, expected) => {
    expect(epochMs(iso, 'at')).toBe(expected);
  });

  it.each(['2026-03-09T09:00:00', 'tomorrow', '', '2026-13-40T00:00:00Z', '9 March 2026'])(
    'refuses %j, naming the field',
    (iso) => {
      expect(() => epochMs(iso, 'due.start')).toThrow(
        expect.objectContaining({ code: 'validation', field: 'due.start' }),
      );
    },
  );

  it('never throws anything but a validation AppError on garbage', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        try {
          expect(Number.isFinite(epochMs(text, 'x'))).toBe(true);
        } catch (error) {
          expect(error).toBeInstanceOf(AppError);
          expect((error as AppError).code).toBe('validation');
        }
      }),
    );
  });

  it('agrees with Date for every instant written in UTC', () => {
    fc.assert(
      fc.property(
        fc.date({
          min: new Date('1970-01-01T00:00:00Z'),
          max: new Date('2999-12-31T00:00:00Z'),
          noInvalidDate: true,
        }),
        (date) => {
          expect(epochMs(date.toISOString(), 'x')).toBe(date.getTime());
        },
      ),
    );
  });
});
