import { describe, expect, it } from 'vitest';
import { companyBefore, roleAt } from './name-phrases';

function companyEndingAt(text: string, anchor: string): string | null {
  const span = companyBefore(text, text.indexOf(anchor));
  return span === null ? null : text.slice(span.start, span.end);
}

describe('companyBefore', () => {
  it.each([
    ['reads a name before the anchor', 'Acme Corp is hiring', 'Acme Corp'],
    ['reads a name after a sentence glued on with a dot', 'offerings.VAM SYSTEMS is hiring', 'VAM SYSTEMS'],
    ['reads "&" inside a name', 'We love it. Johnson & Johnson is hiring', 'Johnson & Johnson'],
    ['drops a leading filler word', 'Currently Acme is hiring', 'Acme'],
    ['gives null for a pronoun', 'We is hiring', null],
    ['gives null for a place after a preposition', 'operations in North Carolina is hiring', null],
    ['gives null for a job title', 'The Senior Engineer is hiring', null],
    ['gives null when nothing capitalised precedes', 'which is hiring', null],
  ])('%s', (_name, text, expected) => {
    expect(companyEndingAt(text, 'is hiring')).toBe(expected);
  });
});

describe('roleAt', () => {
  it.each([
    ['reads a title up to a lower-case word', 'Lead Mechanical Engineer to join', 'Lead Mechanical Engineer'],
    ['keeps a gender marker', 'Backend Developer (m/f/d) wanted', 'Backend Developer (m/f/d)'],
    ['stops at a weekday', 'Part Time Admin Assistant Monday to Friday', 'Part Time Admin Assistant'],
    ['drops a trailing connector', 'Sales Manager and', 'Sales Manager'],
    ['gives null without a role word', 'Great People to join', null],
    ['gives null for a lone title word cut short', 'Head of machining', null],
  ])('%s', (_name, text, expected) => {
    const span = roleAt(text, 0);
    expect(span === null ? null : text.slice(span.start, span.end)).toBe(expected);
  });
});
