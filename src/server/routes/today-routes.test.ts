import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { acceptsGzip } from './today-routes';

describe('acceptsGzip', () => {
  it.each<[string | string[] | undefined, boolean]>([
    ['gzip, deflate, br', true],
    ['br;q=1.0, gzip;q=0.8', true],
    ['*', true],
    ['GZIP', true],
    [['deflate', 'gzip'], true],
    ['gzip;q=0', false],
    ['gzip; q=0.000', false],
    ['identity', false],
    ['deflate, br', false],
    ['', false],
    [undefined, false],
  ])('reads %j as %s', (header, expected) => {
    expect(acceptsGzip(header)).toBe(expected);
  });

  it('never throws, whatever the header says', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.array(fc.string())), (header) => typeof acceptsGzip(header) === 'boolean'));
  });
});
