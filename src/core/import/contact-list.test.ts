import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseContactList } from './contact-list';

describe('parseContactList', () => {
  it.each([
    ['reads a name with its role in brackets', 'Jane Roe (Recruiter)', [{ name: 'Jane Roe', role: 'recruiter' }]],
    ['reads a name alone as another role', 'Sam Lee', [{ name: 'Sam Lee', role: 'other' }]],
    ['reads a role hearback does not know as other', 'Kim Park (CTO)', [{ name: 'Kim Park', role: 'other' }]],
    [
      'reads one person per semicolon or line',
      'Jane Roe (Hiring Manager); Sam Lee\nKim Park (Interviewer)',
      [
        { name: 'Jane Roe', role: 'hiring_manager' },
        { name: 'Sam Lee', role: 'other' },
        { name: 'Kim Park', role: 'interviewer' },
      ],
    ],
    ['skips an entry with no name', ' ; (Recruiter)', []],
  ])('%s', (_name, cell, expected) => {
    expect(parseContactList(cell)).toEqual(expected);
  });

  it('never throws, and every person it reads has a name', () => {
    fc.assert(
      fc.property(fc.string(), (cell) => {
        for (const person of parseContactList(cell)) expect(person.name.trim()).not.toBe('');
      }),
    );
  });
});
