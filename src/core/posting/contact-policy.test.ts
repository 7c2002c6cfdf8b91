import { describe, expect, it } from 'vitest';
import { findContactPolicy, isPolicyKind, policyOf } from './contact-policy';
import type { PolicyKind } from './policy-rules';

function kinds(text: string): PolicyKind[] {
  return [
    ...new Set(
      findContactPolicy(text)
        .map((f) => f.kind)
        .filter(isPolicyKind),
    ),
  ].sort();
}

describe('findContactPolicy', () => {
  it.each<[string, string, PolicyKind[]]>([
    ['reads "please do not contact us"', 'Please do not contact us about your application.', ['no_contact']],
    [
      'reads "do not contact the hiring manager"',
      'Do not contact the hiring manager directly.',
      ['no_contact'],
    ],
    ['reads a typographic apostrophe', 'Please don’t contact our office.', ['no_contact']],
    [
      'reads "please refrain from contacting"',
      'Please refrain from contacting us regarding status.',
      ['no_contact'],
    ],
    [
      'reads "no phone calls or emails" as both',
      'No phone calls or emails, please.',
      ['no_calls', 'no_contact'],
    ],
    ['reads "no calls or emails please" as both', 'No calls or emails please.', ['no_calls', 'no_contact']],
    [
      'reads "please do not call or email" as both',
      'Please do not call or email the office.',
      ['no_calls', 'no_contact'],
    ],
    ['reads "no phone calls"', 'Apply online. No phone calls.', ['no_calls']],
    ['reads "do not contact us by phone" as calls only', 'Please do not contact us by phone.', ['no_calls']],
    ['reads "do not call" as calls only', 'Do not call.', ['no_calls']],
    ['reads "no phone calls please" as calls only', 'No phone calls please.', ['no_calls']],
    [
      'reads "don\'t contact us via telephone" as calls only',
      "Please don't contact us via telephone.",
      ['no_calls'],
    ],
    [
      'reads "do not contact the hiring manager by phone" as calls only',
      'Do not contact the hiring manager by phone; email is fine.',
      ['no_calls'],
    ],
    [
      'reads "do not contact us over the phone" as calls only',
      'Please do not contact us over the phone regarding your application.',
      ['no_calls'],
    ],
    ['reads "please do not contact by phone" as calls only', 'Please do not contact by phone.', ['no_calls']],
    [
      'reads "refrain from contacting us by phone" as calls only',
      'Please refrain from contacting us by phone.',
      ['no_calls'],
    ],
    [
      'reads "do not contact us by phone or email" as both',
      'Please do not contact us by phone or email.',
      ['no_calls', 'no_contact'],
    ],
    [
      'reads "do not contact us by email" as no contact',
      'Please do not contact us by email.',
      ['no_contact'],
    ],
    ['reads "please don\'t call"', "Please don't call.", ['no_calls']],
    [
      'reads "please no phone calls" without punctuation',
      'Please send resume Please no phone calls This is a sales job',
      ['no_calls'],
    ],
    ['reads walk-ins and phone calls in one list', 'No walk-ins or phone calls accepted.', ['no_calls']],
    ['reads "phone calls will not be returned"', 'Phone calls will not be returned.', ['no_calls']],
    [
      'reads "we are unable to accept phone or email inquiries"',
      'We are unable to accept phone or email inquiries on status.',
      ['no_calls', 'no_contact'],
    ],
    ['reads "no agencies"', 'No agencies please.', ['no_agencies']],
    ['reads "recruiters need not apply"', 'Recruiters need not apply.', ['no_agencies']],
    [
      'reads unsolicited resumes from agencies',
      'We do not accept unsolicited resumes from agencies.',
      ['no_agencies'],
    ],
    ['reads "principals only"', 'Principals only.', ['no_agencies']],
    ['reads "no third-party recruiters"', 'No third-party recruiters.', ['no_agencies']],
    [
      'gives a request addressed to recruiters to the agency policy',
      'Recruiters, please do not contact this job poster.',
      ['no_agencies'],
    ],
    [
      'reads "only shortlisted candidates will be contacted"',
      'Only shortlisted candidates will be contacted.',
      ['only_shortlisted'],
    ],
    [
      'reads "only successful applicants will be contacted"',
      'Only successful applicants will be contacted.',
      ['only_shortlisted'],
    ],
    [
      'reads a selection phrase after the noun',
      'Only candidates selected for advancement in the process will be contacted by email.',
      ['only_shortlisted'],
    ],
    [
      'reads "we will only contact applicants that we have shortlisted"',
      'We will only contact applicants that we have shortlisted for an interview.',
      ['only_shortlisted'],
    ],
    [
      'reads "unable to respond to every application"',
      'We regret that we are unable to respond to every application.',
      ['only_shortlisted'],
    ],
    [
      'reads "if you have not heard … unsuccessful"',
      'If you have not heard from us within 2 weeks of the closing date, please assume that your application has been unsuccessful.',
      ['only_shortlisted'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    ['ignores a support team that takes phone calls', 'Our support team takes phone calls all day.'],
    ['ignores a job without calls', 'This role involves no phone calls, only chat.'],
    ['ignores a perk of no cold calling', 'No cold calls! Warm leads only.'],
    ['ignores calls as part of the duties', 'You will answer phone calls and emails from customers.'],
    ['ignores the Do Not Call registry', 'Ensure compliance with Do Not Call list rules.'],
    ['ignores customers who do not contact us', 'Follow up with customers who do not contact us back.'],
    ['ignores an invitation to contact', "Don't hesitate to contact us with questions."],
    ['ignores agency experience', 'No agency experience required.'],
    [
      'ignores successful applicants without a contact statement',
      'Development opportunities for successful applicants.',
    ],
    ['ignores "all qualified candidates will be contacted"', 'All qualified candidates will be contacted.'],
    ['ignores third-party vendors as a duty', 'Liaise with third party vendors on tooling.'],
    ['ignores "refrain from" about conduct', 'Refrain from misusing company property.'],
  ])('%s', (_name, text) => {
    expect(kinds(text)).toEqual([]);
  });

  it('spans the phrase it read, for highlighting', () => {
    const text = 'Great team. No phone calls please.';
    expect(findContactPolicy(text).map((f) => [f.kind, f.start, f.end, f.text])).toEqual([
      ['no_calls', 12, 26, 'No phone calls'],
    ]);
  });
});

describe('policyOf', () => {
  it('sets each flag whose kind was found and leaves the others open', () => {
    expect(
      policyOf(findContactPolicy('No agencies. Only shortlisted candidates will be contacted.')),
    ).toEqual({
      noContact: false,
      noCalls: false,
      noAgencies: true,
      onlyShortlistedContacted: true,
    });
  });

  it('keeps email open when only the phone is ruled out', () => {
    expect(policyOf(findContactPolicy('Please do not contact us by phone.'))).toMatchObject({
      noContact: false,
      noCalls: true,
    });
  });

  it('is fully open for a posting that says nothing', () => {
    expect(policyOf(findContactPolicy('We are a friendly team.'))).toEqual({
      noContact: false,
      noCalls: false,
      noAgencies: false,
      onlyShortlistedContacted: false,
    });
  });
});
