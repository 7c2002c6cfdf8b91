import { describe, expect, it } from 'vitest';
import { isTitleCased, namesARole } from './role-words';

describe('namesARole', () => {
  it.each([
    ['reads an engineer title', 'Senior Backend Engineer', true],
    ['reads a title led by Head', 'Head of Sales', true],
    ['reads an acronym role', 'QA', true],
    ['reads a plural title', 'Piping Material Engineers', true],
    ['rejects a benefit', 'Competitive Salary', false],
    ['rejects a place', 'Chicago Office', false],
    ['rejects a role word inside another word', 'Engineering', false],
  ])('%s', (_name, phrase, expected) => {
    expect(namesARole(phrase)).toBe(expected);
  });
});

describe('isTitleCased', () => {
  it.each([
    ['accepts capitalised words and connectors', 'Head of Sales and Marketing', true],
    ['accepts acronyms and mixed case', 'iOS Developer', true],
    ['rejects a sentence', 'we are hiring', false],
    ['rejects an empty phrase', '   ', false],
  ])('%s', (_name, phrase, expected) => {
    expect(isTitleCased(phrase)).toBe(expected);
  });
});
