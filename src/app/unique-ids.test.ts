import { describe, expect, it } from 'vitest';
import type { IdGenerator } from '../ports/ids';
import { uniqueWithin } from './unique-ids';

describe('uniqueWithin', () => {
  it('draws again when the source repeats an id of the same kind', () => {
    const draws = ['a', 'a', 'b', 'a', 'c'];
    const source: IdGenerator = { next: () => draws.shift() ?? 'z' };
    const ids = uniqueWithin(source);
    expect([ids.next('event'), ids.next('event'), ids.next('event')]).toEqual(['a', 'b', 'c']);
  });

  it('lets two kinds share an id, since they live in different tables', () => {
    const ids = uniqueWithin({ next: () => 'same' });
    expect([ids.next('app'), ids.next('event')]).toEqual(['same', 'same']);
  });

  it('gives up with an internal error on a source stuck on one id', () => {
    const ids = uniqueWithin({ next: () => 'stuck' });
    ids.next('app');
    expect(() => ids.next('app')).toThrow(/keeps repeating app ids/);
  });
});
