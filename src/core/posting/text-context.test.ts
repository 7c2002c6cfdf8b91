import { describe, expect, it } from 'vitest';
import { textAfter, textBefore } from './text-context';

describe('textBefore', () => {
  it.each([
    ['keeps the words of the same sentence', 'Agencies, please do not call', 17, 40, 'Agencies, please '],
    ['cuts at the previous sentence', 'Thanks. Agencies, please do not', 25, 40, ' Agencies, please '],
    ['cuts at a glued sentence break', 'references.All applications', 15, 40, 'All '],
    ['cuts at a line break', 'Benefits\nPlease do not', 16, 40, 'Please '],
    ['looks no further back than the limit', 'one two three four', 18, 4, 'four'],
  ])('%s', (_name, text, index, limit, expected) => {
    expect(textBefore(text, index, limit)).toBe(expected);
  });
});

describe('textAfter', () => {
  it.each([
    ['keeps the sentence break itself', 'No calls. Thanks', 8, 20, '.'],
    ['runs to the limit without a break', 'No calls please and thanks', 8, 7, ' please'],
    ['stops at a line break', 'No calls\nApply now', 8, 20, '\n'],
    ['keeps a decimal point, which ends no sentence', 'pay 3.5 percent', 4, 20, '3.5 percent'],
  ])('%s', (_name, text, index, limit, expected) => {
    expect(textAfter(text, index, limit)).toBe(expected);
  });
});
