import { describe, expect, it } from 'vitest';
import { composeDraft, lintContextFor } from '../../core/drafting';
import { exampleInputFor } from '../../core/drafting/examples';
import { checkRewrite } from './check-rewrite';
import { joinDraft, splitDraft } from './draft-parts';

const input = exampleInputFor('thank_you');
const original = composeDraft(input);
const parts = splitDraft(original.body);
const context = lintContextFor(input);
const goodMiddle =
  'Thank you for the conversation on 18 March about the Senior Backend Engineer role. I keep coming back to ' +
  'moving billing to event sourcing and the on-call rotation. I look forward to the next step by Tuesday 25 March.';

function check(middle: string, subject: string | null = original.subject, whole?: string) {
  const rewritten = { subject, body: whole ?? joinDraft({ ...parts, middle }) };
  return checkRewrite({ original, originalMiddle: parts.middle, rewritten, rewrittenMiddle: middle, context })
    .reason;
}

describe('checkRewrite', () => {
  it('accepts a rewrite that keeps every fact', () => {
    expect(check(goodMiddle)).toBeNull();
  });

  it.each([
    ['an empty middle', '   ', 'empty'],
    ['a middle three times as long', `${goodMiddle} ${goodMiddle} ${goodMiddle}`, 'too_long'],
    ['a placeholder', goodMiddle.replace('18 March', '[date]'), 'placeholder'],
    ['a dropped date', goodMiddle.replace(' by Tuesday 25 March', ''), 'lost_fact'],
    [
      'a dropped discussion point',
      goodMiddle.replace('moving billing to event sourcing and ', ''),
      'lost_fact',
    ],
    ['salary talk', `${goodMiddle} What is the salary band?`, 'lint_errors'],
    ['an apology', `Sorry to bother you. ${goodMiddle}`, 'lint_warnings'],
  ])('rejects %s', (_, middle, reason) => {
    expect(check(middle)).toBe(reason);
  });

  it('rejects a rewrite that drops the role from both subject and body', () => {
    expect(check(goodMiddle.replace('the Senior Backend Engineer role', 'the job'), 'Thank you')).toBe(
      'lost_role',
    );
  });

  it('rejects a rewrite that loses the contact name', () => {
    expect(check(goodMiddle, original.subject, `${goodMiddle}\n\n${parts.signOff}`)).toBe(
      'lost_contact_name',
    );
  });
});
