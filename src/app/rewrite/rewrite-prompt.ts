import type { Draft, DraftInput } from '../../core/drafting';
import { wordLimit } from '../../core/linting';
import type { ChatMessage } from '../../ports/chat-model';

const KIND_DESCRIPTIONS: Record<Draft['kind'], string> = {
  follow_up: 'a brief follow-up on a job application',
  thank_you: 'a thank-you note to an interviewer, sent the same day as the interview, within 24 hours',
  check_in: 'a polite check-in after an interview, about the timeline they gave',
  rejection_reply: 'a gracious reply to a rejection that asks for one thing to improve',
  call: 'a call script',
  mark_ghosted: 'a note to self',
};

/**
 * The conversation that asks a model to rewrite a draft's middle in the user's voice. The rules repeat the
 * linter's, because a rewrite that breaks them is thrown away anyway; the greeting and the sign-off are not
 * sent, so the model cannot change them.
 *
 * @example
 * rewriteMessages(input, draft, 'Thank you for ...')[0]?.role; // 'system'
 */
export function rewriteMessages(input: DraftInput, draft: Draft, middle: string): ChatMessage[] {
  const limit = wordLimit({ kind: draft.kind, step: input.action.step });
  const system = [
    'You rewrite the middle of a short job-search email so that it sounds natural and personal, in the voice of the person described.',
    'Rules:',
    '- Keep every fact exactly as written: names, the role title, the company, dates, links and the points discussed.',
    '- Add no new facts. Never mention salary, pay, benefits or compensation.',
    '- No placeholders such as [Name], no emoji, at most one exclamation mark, and no apologies for writing.',
    '- Keep the request the draft makes, and do not add more questions.',
    '- Do not write a greeting or a sign-off: they are added for you.',
    `- Stay under ${Math.round(limit * 0.8)} words.`,
    'Answer with JSON only, without commentary: {"subject": "...", "body": "..."}',
  ].join('\n');
  const writer = [input.profile.name.trim(), input.profile.headline.trim()].filter(Boolean).join(', ');
  const user = [
    `Kind: ${KIND_DESCRIPTIONS[draft.kind]}.`,
    writer === '' ? null : `Writer: ${writer}.`,
    `Subject: ${draft.subject ?? ''}`,
    'Middle to rewrite:',
    middle,
  ]
    .filter((line): line is string => line !== null)
    .join('\n');
  return [
    { role: 'system', content: system },
    { role: 'user', content: user },
  ];
}
