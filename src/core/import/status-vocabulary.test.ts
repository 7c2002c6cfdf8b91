import { describe, expect, it } from 'vitest';
import { statusToStage } from './status-vocabulary';

describe('statusToStage', () => {
  it.each([
    ['Huntr', 'Wishlist', 'saved'],
    ['Huntr', 'Applied', 'applied'],
    ['Huntr', 'Interview', 'interviewing'],
    ['Huntr', 'Offer', 'offer'],
    ['Huntr', 'Rejected', 'rejected'],
    ['Teal', 'Bookmarked', 'saved'],
    ['Teal', 'Applying', 'saved'],
    ['Teal', 'Applied', 'applied'],
    ['Teal', 'Interviewing', 'interviewing'],
    ['Teal', 'Negotiating', 'offer'],
    ['Teal', 'Accepted', 'offer'],
    ['Teal', 'I Withdrew', 'withdrawn'],
    ['Teal', 'Not Selected', 'rejected'],
    ['Teal', 'No Response', 'ghosted'],
    ['JobSync', 'Draft', 'saved'],
    ['JobSync', 'Expired', 'ghosted'],
    ['JobSync', 'Archived', 'ghosted'],
    ['a spreadsheet', '  phone-screen ', 'interviewing'],
    ['a spreadsheet', 'OFFER ACCEPTED', 'offer'],
  ])('reads %s’s "%s" as %s', (_tracker, status, stage) => {
    expect(statusToStage(status)).toBe(stage);
  });

  it.each([
    ['Rejected', 'rejected'],
    ['Withdrew', 'withdrawn'],
    ['Accepted', 'offer'],
    ['Applied', 'ghosted'],
    [null, 'ghosted'],
  ])('reads a closed application with the reason %s as %s', (reason, stage) => {
    expect(statusToStage('closed', reason)).toBe(stage);
  });

  it.each(['Phone call maybe', '', 'Offer?!?maybe'])('does not read "%s"', (status) => {
    expect(statusToStage(status)).toBeNull();
  });
});
