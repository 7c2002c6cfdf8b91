import { describe, expect, it } from 'vitest';
import { fnv1a, variationFor } from './variation';

describe('variation', () => {
  it.each([
    ['', 0x811c9dc5],
    ['a', 0xe40c292c],
    ['foobar', 0xbf9cf968],
  ])('hashes %j to the published FNV-1a value', (text, expected) => {
    expect(fnv1a(text)).toBe(expected);
  });

  it('picks the same phrasing for the same application, action and part', () => {
    const options = ['a', 'b', 'c', 'd'] as const;
    expect(variationFor('app-1', 'act-1').pick('opener', options)).toBe(
      variationFor('app-1', 'act-1').pick('opener', options),
    );
  });

  it('spreads picks over every option across applications', () => {
    const options = ['a', 'b', 'c', 'd'] as const;
    const picks = new Set(
      Array.from({ length: 40 }, (_, i) => variationFor(`app-${i}`, 'act').pick('opener', options)),
    );
    expect(picks).toEqual(new Set(options));
  });

  it('keeps application-wide picks the same across actions of one application', () => {
    const options = ['a', 'b', 'c'] as const;
    const picks = new Set(
      ['act-1', 'act-2', 'act-3'].map((id) =>
        variationFor('app-7', id).pickForApplication('subject', options),
      ),
    );
    expect(picks.size).toBe(1);
  });

  it('gives up to as many siblings as there are options a different phrasing each, for every part', () => {
    const options = ['a', 'b', 'c', 'd'] as const;
    for (const part of ['thanks', 'discussion', 'fit', 'next', 'closing']) {
      const picks = [0, 1, 2, 3].map((sibling) => variationFor('app-3', `ty-${sibling}`, sibling).pick(part, options));
      expect(new Set(picks).size).toBe(4);
    }
  });
});
