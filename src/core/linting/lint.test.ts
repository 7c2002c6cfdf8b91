import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors, lint } from './lint';
import { LINT_RULES } from './rules';

describe('lint', () => {
  it('orders findings by position in the subject-then-body text', () => {
    const findings = lint(
      { subject: 'About {role}', body: 'Sorry to bother you. I need an answer.' },
      { kind: 'follow_up', company: 'Acme' },
    );
    const starts = findings.map((finding) => finding.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(findings.map((finding) => finding.rule)).toEqual(
      expect.arrayContaining(['placeholder', 'apology', 'pushy']),
    );
  });

  it('passes a short, specific, polite follow-up without findings', () => {
    const body =
      'Dear Dana,\n\nI applied for the Backend Engineer role at Acme last week and remain keen on it. ' +
      'Could you let me know where my application stands?\n\nBest regards,\nAlex Doe';
    expect(
      lint(
        { subject: 'Backend Engineer application', body },
        { kind: 'follow_up', company: 'Acme', contactName: 'Dana Smith' },
      ),
    ).toEqual([]);
  });

  it('tells errors from warnings', () => {
    expect(hasErrors(lint({ subject: null, body: 'Dear [Name],' }, { kind: 'other' }))).toBe(true);
    expect(hasErrors(lint({ subject: null, body: 'Sorry to bother you.' }, { kind: 'other' }))).toBe(false);
  });

  it('gives every rule a unique id, a summary and at least one seed', () => {
    expect(new Set(LINT_RULES.map((rule) => rule.id)).size).toBe(LINT_RULES.length);
    for (const rule of LINT_RULES) {
      expect(rule.catches.length).toBeGreaterThan(10);
      expect(rule.sources.length).toBeGreaterThan(0);
    }
  });

  it('never throws and keeps every span inside the text, whatever the input', () => {
    fc.assert(
      fc.property(fc.option(fc.string()), fc.string({ maxLength: 400 }), (subject, body) => {
        const text = subject === null ? body : `${subject}\n\n${body}`;
        for (const finding of lint({ subject, body }, { kind: 'follow_up', company: 'Acme', now: 'x' })) {
          expect(finding.start).toBeGreaterThanOrEqual(0);
          expect(finding.end).toBeLessThanOrEqual(text.length);
          expect(finding.start).toBeLessThanOrEqual(finding.end);
        }
      }),
    );
  });
});
