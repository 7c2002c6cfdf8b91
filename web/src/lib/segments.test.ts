import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segment } from './segments';

const span = (start: number, end: number, id = `${start}-${end}`) => ({ start, end, id });

describe('segment', () => {
  it('marks a span in the middle of the text', () => {
    expect(segment('please no calls today', [span(7, 15)]).map((s) => [s.text, s.span?.id ?? null])).toEqual([
      ['please ', null],
      ['no calls', '7-15'],
      [' today', null],
    ]);
  });

  it('gives an overlap to the span that starts first', () => {
    expect(segment('abcdef', [span(2, 5, 'late'), span(0, 3, 'early')]).map((s) => [s.text, s.span?.id ?? null])).toEqual([
      ['abc', 'early'],
      ['de', 'late'],
      ['f', null],
    ]);
  });

  it('drops empty and out-of-range spans', () => {
    expect(segment('abc', [span(1, 1), span(5, 9), span(-3, 1, 'clamped')]).map((s) => [s.text, s.span?.id ?? null])).toEqual([
      ['a', 'clamped'],
      ['bc', null],
    ]);
  });

  it('always joins back to the text and never returns an empty piece', () => {
    fc.assert(
      fc.property(fc.string(), fc.array(fc.record({ start: fc.integer({ min: -5, max: 60 }), end: fc.integer({ min: -5, max: 60 }) })), (text, spans) => {
        const pieces = segment(text, spans);
        expect(pieces.map((p) => p.text).join('')).toBe(text);
        expect(pieces.every((p) => p.text.length > 0)).toBe(true);
      }),
    );
  });
});
