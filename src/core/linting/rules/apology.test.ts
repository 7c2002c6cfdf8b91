import { describe, expect, it } from 'vitest';
import { lint } from '../lint';

const apologies = (body: string) =>
  lint({ subject: null, body }, { kind: 'follow_up' })
    .filter((finding) => finding.rule === 'apology')
    .map((finding) => body.slice(finding.start, finding.end));

describe('apology rule', () => {
  it.each([
    ['Sorry to bother you, but is the role open?', 'Sorry to bother you'],
    ['I apologise for following up again.', 'I apologise for following up'],
    ['I hate to bother you with this.', 'I hate to bother'],
    ['So sorry for the intrusion.', 'So sorry for the intrusion'],
  ])('flags "%s"', (body, span) => {
    expect(apologies(body)).toEqual([span]);
  });

  it.each(['Is there any news on the role?', 'I was sorry to hear the team is shrinking.'])(
    'passes "%s"',
    (body) => {
      expect(apologies(body)).toEqual([]);
    },
  );
});
