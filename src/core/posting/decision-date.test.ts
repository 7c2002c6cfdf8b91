import { describe, expect, it } from 'vitest';
import { parseIsoDate } from './calendar';
import { findDecisionDates } from './decision-date';

// Monday 3 February 2025 is the application date.
const reference = parseIsoDate('2025-02-03') ?? 0;

function decisions(
  text: string,
  closingDate: string | null = null,
): { text: string; value: string | undefined }[] {
  const closing = closingDate === null ? null : parseIsoDate(closingDate);
  return findDecisionDates(text, { reference, monthFirst: false, closingDate: closing }).map((f) => ({
    text: f.text,
    value: f.value,
  }));
}

describe('findDecisionDates', () => {
  it.each([
    [
      'reads a contact date',
      'We will contact shortlisted candidates by 3 March.',
      'We will contact shortlisted candidates by 3 March',
      '2025-03-03',
    ],
    [
      'reads an interview week',
      'Interviews will take place the week of 14 April.',
      'Interviews will take place the week of 14 April',
      '2025-04-14',
    ],
    [
      'counts "within two weeks" from the application',
      'We will get back to you within two weeks.',
      'We will get back to you within two weeks',
      '2025-02-17',
    ],
    [
      'reads "decisions by end of March"',
      'Decisions by end of March.',
      'Decisions by end of March',
      '2025-03-31',
    ],
    [
      'reads a passive contact date',
      'Shortlisted candidates will be contacted by 10 March.',
      'Shortlisted candidates will be contacted by 10 March',
      '2025-03-10',
    ],
    [
      'reads "you will hear from us within"',
      'You will hear from us within 10 working days.',
      'You will hear from us within 10 working days',
      '2025-02-17',
    ],
    [
      'reads "we aim to respond within"',
      'We aim to respond to every application within 5 days.',
      'We aim to respond to every application within 5 days',
      '2025-02-08',
    ],
    [
      'reads an "if you have not heard" period',
      'If you have not heard from us within 3 weeks, assume you were unsuccessful.',
      'If you have not heard from us within 3 weeks',
      '2025-02-24',
    ],
    [
      'reads an interview-dates label',
      'Interview dates: 17-18 March',
      'Interview dates: 17-18 March',
      '2025-03-17',
    ],
  ])('%s', (_name, text, span, value) => {
    expect(decisions(text)).toEqual([{ text: span, value }]);
  });

  it('counts "within two weeks of the closing date" from the closing date', () => {
    expect(decisions('We will contact you within two weeks of the closing date.', '2025-03-14')).toEqual([
      { text: 'We will contact you within two weeks of the closing date', value: '2025-03-28' },
    ]);
  });

  it.each([
    [
      'drops a period counted from an unknown closing date',
      'We will contact you within two weeks of the closing date.',
    ],
    ['ignores "shortly", which names no date', 'We will contact you shortly.'],
    ['ignores a period that is not about hearing back', 'We will train you in 2 weeks.'],
    ['ignores a date in another sentence', 'We will contact you. The office opens on 3 March.'],
    ['ignores making decisions as a job duty', 'You make decisions within minutes under pressure.'],
    ['ignores a years-of-experience figure', 'We will review candidates with 3-5 years of experience.'],
  ])('%s', (_name, text) => {
    expect(decisions(text)).toEqual([]);
  });
});
