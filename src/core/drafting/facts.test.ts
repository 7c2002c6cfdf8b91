import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../model';
import { exampleInputFor } from './examples';
import { gatherFacts } from './facts';
import type { DraftInput } from './types';

const thankYou = exampleInputFor('thank_you');
const interview = thankYou.events.find((event) => event.kind === 'interview') as Extract<
  AppEvent,
  { kind: 'interview' }
>;

describe('gatherFacts', () => {
  it('reads the interview the action names, with its date in the employer zone', () => {
    expect(gatherFacts(thankYou).interview).toEqual({
      date: '2025-03-18',
      discussed: ['moving billing to event sourcing', 'the on-call rotation'],
      nextStepDate: '2025-03-25',
      recipientInterviewed: true,
    });
  });

  it('falls back to the latest interview when the action names none', () => {
    const later = {
      ...interview,
      id: 'ev-2',
      at: '2025-03-19T13:00:00Z',
      data: { ...interview.data, discussed: ['team rituals'] },
    };
    const input: DraftInput = {
      ...thankYou,
      events: [interview, later],
      action: { ...thankYou.action, context: {} },
    };
    expect(gatherFacts(input).interview?.discussed).toEqual(['team rituals']);
  });

  it('keeps only short, quotable discussion points', () => {
    const long = Array.from({ length: 20 }, () => 'word').join(' ');
    const input = {
      ...thankYou,
      action: {
        ...thankYou.action,
        context: {
          ...thankYou.action.context,
          discussed: ['salary expectations', long, 'the [TBD] team', ' the roadmap. '],
        },
      },
    };
    expect(gatherFacts(input).interview?.discussed).toEqual(['the roadmap']);
  });

  it('leaves out strengths that would be lint errors when quoted', () => {
    const input = {
      ...thankYou,
      profile: { ...thankYou.profile, strengths: ['Kafka', 'salary negotiation', '[TBD]', '  '] },
    };
    expect(gatherFacts(input).strengths).toEqual(['Kafka']);
  });

  it('skips a link the signature already carries', () => {
    const input = {
      ...thankYou,
      profile: {
        ...thankYou.profile,
        signature: 'Alex\nhttps://a.example',
        links: ['https://a.example', 'https://b.example'],
      },
    };
    expect(gatherFacts(input).link).toBe('https://b.example');
  });

  it('ignores an interview held after the action is due', () => {
    expect(gatherFacts(exampleInputFor('follow_up')).interview).toBeNull();
  });

  it('has no interview before one is logged', () => {
    const input = { ...exampleInputFor('follow_up'), events: [] };
    expect(gatherFacts(input).interview).toBeNull();
  });
});
