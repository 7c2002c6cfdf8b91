import { describe, expect, it } from 'vitest';
import { lint } from '../lint';
import type { LintContext } from '../types';

const context: LintContext = {
  kind: 'thank_you',
  contactName: 'Dana Smith',
  company: 'Acme Ledger',
  role: 'Senior Backend Engineer',
  discussed: ['moving billing to event sourcing'],
};
const generic = (body: string, ctx: LintContext = context) =>
  lint({ subject: null, body }, ctx).filter((finding) => finding.rule === 'generic');

describe('generic rule', () => {
  it.each([
    ['To whom it may concern, thank you for the Acme Ledger interview.', 'To whom it may concern', 'error'],
    ['Dear Sir/Madam, thank you for the Acme Ledger interview.', 'Dear Sir/Madam', 'error'],
    ['Dear Hiring Manager, thank you for the Acme Ledger interview.', 'Dear Hiring Manager', 'error'],
    ['Hi Dana, just checking in about Acme Ledger.', 'just checking in', 'warning'],
    ['Hi Dana, I hope this email finds you well. About Acme Ledger.', 'I hope this email finds you well', 'warning'],
    ['Hi Dana, I wanted to touch base about Acme Ledger.', 'touch base', 'warning'],
    ['Hi Dana, just touching base about Acme Ledger.', 'just touching base', 'warning'],
  ])('flags "%s"', (body, text, severity) => {
    const findings = generic(body);
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(body.slice(finding?.start, finding?.end)).toBe(text);
    expect(finding?.severity).toBe(severity);
  });

  it('only warns about a blind salutation when no contact name is known', () => {
    const [finding] = generic('To whom it may concern, about Acme Ledger.', {
      ...context,
      contactName: null,
    });
    expect(finding?.severity).toBe('warning');
  });

  it('allows "Dear Hiring Manager" when no contact name is known', () => {
    expect(generic('Dear Hiring Manager, about Acme Ledger.', { ...context, contactName: null })).toEqual([]);
  });

  it('flags a message that names neither the company, the role nor the discussion', () => {
    const body = 'Hi Dana,\nThank you for your time today. I enjoyed our talk.\nBest,\nAlex';
    const [finding] = generic(body);
    expect(finding?.severity).toBe('warning');
    expect(finding?.message).toMatch(/company, the role/);
  });

  it.each([
    ['names the company', 'Hi Dana, thank you for showing me around Acme Ledger.'],
    ['names the role in other words', 'Hi Dana, I am keen on the backend engineer role.'],
    ['refers to the discussion', 'Hi Dana, I keep thinking about event sourcing for billing.'],
    ['hopes the interviewer is well in its own words', 'Hi Dana, I hope the Acme Ledger launch went well.'],
    ['talks about a base in its work', 'Hi Dana, I touched the Acme Ledger code base on day one.'],
  ])('passes a message that %s', (_, body) => {
    expect(generic(body)).toEqual([]);
  });
});
