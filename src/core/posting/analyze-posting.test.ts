import { describe, expect, it } from 'vitest';
import { isAppError } from '../app-error';
import { analyzePosting } from './analyze-posting';

const POSTING = `Senior Backend Engineer – Acme Corp
Acme Corp is hiring a Senior Backend Engineer to join our payments team in Chicago.
Salary $120,000–$140,000. Founded in 2012, 60 engineers, offices at 233 S Wacker Dr, Chicago, IL 60606.
You will meet tight deadlines in a deadline-driven environment; our support team takes phone calls 24/7.
Send your CV to Jane Doe, HR Manager, at jane.doe@acme.com, or call (312) 555-0123.
Closing date: 03/04/2025. We will contact shortlisted candidates by 14 March.
No phone calls or emails please. No agencies. Only shortlisted candidates will be contacted.`;

describe('analyzePosting', () => {
  const analysis = analyzePosting(POSTING, { referenceDate: '2025-02-24', country: 'US' });

  it('sums the contact policy from every statement', () => {
    expect(analysis.contactPolicy).toEqual({
      noContact: true,
      noCalls: true,
      noAgencies: true,
      onlyShortlistedContacted: true,
    });
  });

  it('reads the deadline in US order and the decision date with the year of the reference', () => {
    expect({ deadline: analysis.deadline, decisionBy: analysis.decisionBy }).toEqual({
      deadline: '2025-03-04',
      decisionBy: '2025-03-14',
    });
  });

  it('collects contacts, company and role', () => {
    expect({
      emails: analysis.emails,
      phones: analysis.phones,
      names: analysis.names,
      company: analysis.company,
      role: analysis.role,
    }).toEqual({
      emails: ['jane.doe@acme.com'],
      phones: ['+13125550123'],
      names: ['Jane Doe'],
      company: 'Acme Corp',
      role: 'Senior Backend Engineer',
    });
  });

  it('reads the office address as the location, with the state and its zone', () => {
    expect(analysis.location).toEqual({
      text: 'Chicago, IL',
      country: 'US',
      region: 'IL',
      timezone: 'America/Chicago',
    });
  });

  it('sorts findings by position and spans each one exactly', () => {
    const starts = analysis.findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const finding of analysis.findings)
      expect(POSTING.slice(finding.start, finding.end)).toBe(finding.text);
    expect(analysis.findings.map((f) => f.kind)).toEqual([
      'company',
      'role',
      'location',
      'name',
      'email',
      'phone',
      'deadline',
      'decision_date',
      'no_calls',
      'no_contact',
      'no_agencies',
      'only_shortlisted',
    ]);
  });

  it('reads 03/04/2025 day first for a country other than the US', () => {
    expect(
      analyzePosting('Closing date: 03/04/2025', { referenceDate: '2025-02-24', country: 'gb' }).deadline,
    ).toBe('2025-04-03');
  });

  it('treats an unknown country as no hint: day first, and only international phone numbers', () => {
    const result = analyzePosting('Closing date: 03/04/2025. Call (312) 555-0123 or +44 20 7946 0958.', {
      referenceDate: '2025-02-24',
      country: 'Narnia',
    });
    expect({ deadline: result.deadline, phones: result.phones }).toEqual({
      deadline: '2025-04-03',
      phones: ['+442079460958'],
    });
  });

  it('returns an open, empty analysis for a text that states nothing', () => {
    expect(analyzePosting('We make great coffee.', { referenceDate: '2025-02-24' })).toEqual({
      contactPolicy: { noContact: false, noCalls: false, noAgencies: false, onlyShortlistedContacted: false },
      decisionBy: null,
      deadline: null,
      emails: [],
      phones: [],
      names: [],
      company: null,
      role: null,
      location: null,
      findings: [],
    });
  });

  it.each(['2025-02-30', '24/02/2025', ''])(
    'refuses the reference date %j with a validation error',
    (referenceDate) => {
      let caught: unknown;
      try {
        analyzePosting('Apply by 3 March.', { referenceDate });
      } catch (error) {
        caught = error;
      }
      expect(isAppError(caught) && caught.code === 'validation' && caught.field === 'referenceDate').toBe(
        true,
      );
    },
  );
});
