import { describe, expect, it } from 'vitest';
import type { Action } from '../core/model';
import { actionLabel, applicationLabel, eventLabel, formatAction } from './format-action';
import { column, Output } from './output';

const plain = new Output({ write: () => true }, { write: () => true }, {}, { NO_COLOR: '1' });

function action(kind: Action['kind'], step = 1): Action {
  return {
    id: `a1-${kind}`,
    applicationId: 'a1',
    kind,
    step,
    channel: kind === 'mark_ghosted' ? null : 'email',
    contact: { id: 'c1', name: 'Bill Lumbergh', email: 'bill@initech.example', phone: null },
    alternative: null,
    due: { start: '2026-11-24T09:00:00-05:00', end: '2026-11-24T11:30:00-05:00' },
    expiresAt: null,
    rule: 'test',
    reason: 'Because.',
    sources: ['003_97cdc118eb895198.txt'],
    context: {},
  };
}

describe('formatAction', () => {
  it.each([
    ['rejection_reply', 'reply to rejection'],
    ['follow_up', 'follow-up 1'],
    ['mark_ghosted', 'mark as no answer'],
    ['thank_you', 'thank-you'],
  ] as const)('keeps two spaces between the %s title and the application', (kind, title) => {
    const [head] = formatAction(plain, action(kind), applicationLabel({ company: 'Initech', role: 'Data Engineer' }));
    expect(head).toMatch(new RegExp(`^  ${title} {2,}Initech — Data Engineer {2,}a1-${kind}$`));
  });

  it('keeps two spaces before the id after a label longer than its column', () => {
    const label = applicationLabel({ company: 'Umbrella Health International Holdings', role: 'Principal Site Reliability Engineer' });
    expect(formatAction(plain, action('check_in'), label)[0]).toContain(`${label}  a1-check_in`);
  });

  it('aligns the application column whatever the title', () => {
    const starts = (['rejection_reply', 'call', 'follow_up'] as const).map((k) => formatAction(plain, action(k), 'Initech — Data Engineer')[0]?.indexOf('Initech'));
    expect(new Set(starts).size).toBe(1);
  });
});

describe('column', () => {
  it.each([
    ['ab', 6, 'ab    '],
    ['abcd', 6, 'abcd  '],
    ['abcdef', 6, 'abcdef  '],
  ])('pads %j to %i with at least two spaces', (text, width, expected) => {
    expect(column(text, width)).toBe(expected);
  });
});

describe('labels', () => {
  it.each([
    ['rejection_reply', 'reply to rejection'],
    ['mark_ghosted', 'mark as no answer'],
    ['check_in', 'check-in'],
  ] as const)('names the %s action in the words the web app uses', (kind, label) => {
    expect(actionLabel(kind)).toBe(label);
  });

  it.each([
    ['follow_up_sent', 'follow-up sent'],
    ['auto_reply', 'automatic reply (out of office)'],
    ['ghosted', 'marked as no answer'],
  ] as const)('names the %s event in the words of the web timeline', (kind, label) => {
    expect(eventLabel(kind)).toBe(label);
  });
});
