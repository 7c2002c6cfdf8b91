import { describe, expect, it } from 'vitest';
import { lint } from '../lint';

const placeholders = (body: string) =>
  lint({ subject: null, body }, { kind: 'other' })
    .filter((finding) => finding.rule === 'placeholder')
    .map((finding) => body.slice(finding.start, finding.end));

describe('placeholder rule', () => {
  it.each([
    ['Dear [Name],', '[Name]'],
    ['I applied to {company} last week.', '{company}'],
    ['I applied to {{ company }} last week.', '{{ company }}'],
    ['Regarding the <Role Title> position.', '<Role Title>'],
    ['I applied on ${date}.', '${date}'],
    ['Hello %s,', '%s'],
    ['I bring TODO years of experience.', 'TODO'],
    ['My strongest skill is ____.', '____'],
    ['I applied for the undefined role.', 'undefined'],
    ['I have NaN years of experience.', 'NaN'],
    ['Dear [object Object],', '[object Object]'],
    ['I applied to COMPANY_NAME last week.', 'COMPANY_NAME'],
    ['We spoke on XX/XX about the role.', 'XX/XX'],
    ['I am free from DD/MM/YYYY.', 'DD/MM/YYYY'],
  ])('flags "%s"', (body, expected) => {
    expect(placeholders(body)).toEqual([expected]);
  });

  it.each([
    ['a Markdown link', 'My work is at [my site](https://example.com).'],
    ['a footnote', 'As discussed [1], the team is growing.'],
    ['an address in angle brackets', 'Dana Smith <dana@acme.io> suggested I write.'],
    ['a URL in angle brackets', 'See <https://example.com/work>.'],
    ['"undefined behaviour" in a C role', 'I hunted undefined behaviour in C code.'],
    ['a constant from the writer\'s work', 'I tuned MAX_CONNECTIONS for the pool.'],
    ['a time of day', 'We spoke at 10:30 about the role.'],
  ])('passes %s', (_, body) => {
    expect(placeholders(body)).toEqual([]);
  });

  it('reports every placeholder as an error', () => {
    const findings = lint({ subject: 'About {role}', body: 'Dear [Name],' }, { kind: 'follow_up' });
    expect(findings.filter((f) => f.rule === 'placeholder').map((f) => f.severity)).toEqual([
      'error',
      'error',
    ]);
  });
});
