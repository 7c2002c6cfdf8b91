import { describe, expect, it } from 'vitest';
import { extractReturnDate } from './return-date';

describe('extractReturnDate', () => {
  it.each([
    { text: 'I will be back on 3 March.', sent: '2025-02-27T10:00:00Z', expected: '2025-03-03' },
    { text: 'I am out of office until 2025-03-14.', sent: '2025-03-01T10:00:00Z', expected: '2025-03-14' },
    {
      text: 'Returning Monday 14th, with limited access to email.',
      sent: '2025-04-02T10:00:00Z',
      expected: '2025-04-14',
    },
    {
      text: 'I am currently away, returning to the office on May 5th.',
      sent: '2025-04-29T10:00:00Z',
      expected: '2025-05-05',
    },
    {
      text: 'I will be travelling for work on July 10-31.',
      sent: '2025-07-08T10:00:00Z',
      expected: '2025-08-01',
    },
    {
      text: 'I am on vacation through Friday, March 7.',
      sent: '2025-03-03T10:00:00Z',
      expected: '2025-03-08',
    },
    {
      text: 'Out of the office from 10 March to 17 March.',
      sent: '2025-03-09T10:00:00Z',
      expected: '2025-03-18',
    },
    { text: 'I am back on 3 January.', sent: '2024-12-20T10:00:00Z', expected: '2025-01-03' },
  ])('reads "$text" sent $sent as $expected', ({ text, sent, expected }) => {
    expect(extractReturnDate([text], sent)).toBe(expected);
  });

  it.each([
    { name: 'no date at all', text: 'I am out of the office with limited access to email.' },
    { name: 'only the start of the absence', text: 'I am on leave from 10 March.' },
    {
      name: 'a date in a sentence about something else',
      text: 'Our offices open at 9:00. The conference is on 3 April.',
    },
  ])('returns null for $name', ({ text }) => {
    expect(extractReturnDate([text], '2025-03-03T10:00:00Z')).toBeNull();
  });

  it('returns null when the reference instant is unreadable', () => {
    expect(extractReturnDate(['Back on 3 March'], 'not a date')).toBeNull();
  });

  it("prefers Apple's vacation end date header over the text", () => {
    const headers = {
      'x-apple-criteria': ['{kind=VACATION,startDate=2019-11-30T15:00:00Z,endDate=2020-01-10T14:59:59Z}'],
    };
    expect(extractReturnDate(['Back on 1 February'], '2019-12-17T02:53:09Z', headers)).toBe('2020-01-11');
  });
});
