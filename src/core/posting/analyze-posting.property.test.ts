import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyzePosting } from './analyze-posting';
import { POSTING_FINDING_KINDS, type PostingAnalysis } from './types';

/** Pieces of the phrases the finders look for, so random texts reach deep into every pattern. */
const FRAGMENTS = [
  'No ',
  'no phone calls',
  ' or ',
  'emails',
  'please',
  'do not contact',
  'us',
  "don't call",
  'agencies',
  'recruiters need not apply',
  'Only ',
  'shortlisted candidates',
  ' will be contacted',
  'We will',
  ' contact ',
  'get back to you',
  ' within ',
  'two',
  ' weeks',
  ' working days',
  'of the closing date',
  'by ',
  '3 March',
  'March 15',
  '15/03/2025',
  '03/04/2025',
  '2025-03-15',
  'end of',
  ' the week of ',
  'Closing date:',
  'Deadline:',
  'apply by',
  'Applications close on ',
  'deadline',
  'jane.doe@acme.com',
  '@',
  '.',
  'a.',
  '(312) 555-0123',
  '+44 20 7946 0958',
  '35000-73000',
  '$45,000',
  'Contact: ',
  'Jane Doe',
  'Mr. ',
  'send your CV to ',
  ', HR Manager',
  'Reach out to ',
  ' at ',
  'Acme Corp',
  ' is hiring a ',
  'Senior Backend Engineer',
  ' – ',
  '\n',
  'About ',
  ':',
  'EndWe',
  'Join ',
  ' as a ',
  'Head of Sales',
  ' is an equal opportunity employer',
  '€™',
  '’',
  'Ünïcödé ',
  '😀',
  '\u0000',
  ' ',
  '  ',
  '\t',
  '1',
  '12',
  '2014',
  '#EMAIL_ab12#',
  'Berlin',
  ', Germany',
  ', ',
  'IL',
  'DE',
  'Location: ',
  'Remote (',
  'US)',
  'Hybrid – ',
  'Munich',
  '-based',
  'based in ',
  'in our ',
  ' office',
  'Northwind Traders',
  ' builds ',
  ' is a fast-growing startup',
];
const fragmentText = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 80 })
  .map((parts) => parts.join(''));
const anyText = fc.oneof(
  fc.string({ maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 200 }),
  fc.string({ unit: 'binary', maxLength: 200 }),
  fragmentText,
);
const referenceDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const country = fc.constantFrom(null, undefined, 'US', 'GB', 'DE', 'us', 'XX', '', 'United States');

function expectWellFormed(text: string, analysis: PostingAnalysis): void {
  let previous = -1;
  for (const finding of analysis.findings) {
    expect(POSTING_FINDING_KINDS).toContain(finding.kind);
    expect(finding.start).toBeGreaterThanOrEqual(0);
    expect(finding.end).toBeLessThanOrEqual(text.length);
    expect(finding.start).toBeLessThan(finding.end);
    expect(text.slice(finding.start, finding.end)).toBe(finding.text);
    expect(finding.start).toBeGreaterThanOrEqual(previous);
    previous = finding.start;
  }
  const place = analysis.findings.find((finding) => finding.kind === 'location');
  expect(analysis.location?.text ?? null).toBe(place === undefined ? null : place.text.replace(/\s+/gu, ' '));
  if (analysis.location !== null) expect(analysis.location.country).toMatch(/^[A-Z]{2}$/);
  for (const date of [analysis.deadline, analysis.decisionBy]) {
    if (date !== null) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  }
}

describe('analyzePosting on arbitrary text', () => {
  it('never throws, and every finding spans exactly its text inside the input', () => {
    fc.assert(
      fc.property(anyText, referenceDate, country, (text, reference, hint) => {
        expectWellFormed(text, analyzePosting(text, { referenceDate: reference, country: hint }));
      }),
      { numRuns: 400 },
    );
  });

  it('copes with inputs of about 200 KB built from trigger fragments and garbage', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 40 })), {
          minLength: 300,
          maxLength: 300,
        }),
        fc.nat({ max: 5 }),
        (parts, separator) => {
          const unit = parts.join(' \n.,;'.charAt(separator));
          const text = unit.repeat(Math.ceil(200_000 / Math.max(1, unit.length))).slice(0, 200_000);
          expectWellFormed(text, analyzePosting(text, { referenceDate: '2025-02-24', country: 'US' }));
        },
      ),
      { numRuns: 6 },
    );
  });

  it.each([
    ['a long run of one letter', 'a'.repeat(200_000)],
    ['a long run of capitalised words', 'Acme '.repeat(40_000)],
    ['a long run of digit groups', '123 4567 '.repeat(22_000)],
    ['a long run of dots and letters around an at sign', `${'a.'.repeat(50_000)}@${'b.'.repeat(50_000)}`],
    ['a long run of cue words', 'We will contact you by '.repeat(9_000)],
    ['a long run of "no" lists', 'no calls or emails or '.repeat(9_000)],
    ['a long run of "only"', 'only '.repeat(40_000)],
  ])('copes with %s', (_name, text) => {
    expectWellFormed(text, analyzePosting(text, { referenceDate: '2025-02-24', country: 'US' }));
  });
});
