import { describe, expect, it } from 'vitest';
import { findFirstLine } from './first-line';

function read(text: string): { companies: string[]; roles: string[] } {
  const { companies, roles } = findFirstLine(text);
  const slice = (s: { start: number; end: number }) => text.slice(s.start, s.end);
  return { companies: companies.map(slice), roles: roles.map(slice) };
}

describe('findFirstLine', () => {
  it.each([
    [
      'reads role – company when the company recurs',
      'Senior Backend Engineer – Acme Corp\nAcme Corp pays well.',
      ['Acme Corp'],
      ['Senior Backend Engineer'],
    ],
    [
      'reads company | role when the company recurs',
      'Acme | Data Analyst\nAt Acme we count.',
      ['Acme'],
      ['Data Analyst'],
    ],
    [
      'reads "role at company" without a recurrence',
      'Data Analyst at Globex\nHello.',
      ['Globex'],
      ['Data Analyst'],
    ],
    ['reads a lone title line', '  Senior Backend Engineer\nWe build.', [], ['Senior Backend Engineer']],
    ['leaves a place that does not recur', 'Senior Engineer – London\nGreat team.', [], ['Senior Engineer']],
    ['leaves a sentence', 'We are hiring a Senior Engineer - apply now\n', [], []],
    ['leaves a line with two separators', 'Engineer – Acme – London\n', [], []],
    ['leaves an empty text', '', [], []],
  ])('%s', (_name, text, companies, roles) => {
    expect(read(text)).toEqual({ companies, roles });
  });
});
