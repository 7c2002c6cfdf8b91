import { afterEach, describe, expect, it } from 'vitest';
import {
  completion,
  startChatTestServer,
  type ChatTestServer,
  type ServerReply,
} from '../../ai/chat-test-server';
import { createOpenAiChat } from '../../ai/openai-chat';
import { composeDraft } from '../../core/drafting';
import { exampleInputFor } from '../../core/drafting/examples';
import { rewriteDraft } from './rewrite-draft';

const input = exampleInputFor('thank_you');
const deterministic = composeDraft(input);
const goodMiddle =
  'Thank you for the conversation on 18 March about the Senior Backend Engineer role. I keep coming back to ' +
  'moving billing to event sourcing and the on-call rotation. I look forward to the next step by Tuesday 25 March.';
const answer = (body: string, subject: string | null = 'Thanks for Tuesday: Senior Backend Engineer') =>
  completion(JSON.stringify({ subject, body }));

let server: ChatTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function rewriteWith(reply: ServerReply, timeoutMs = 2_000) {
  server = await startChatTestServer(() => reply);
  const model = createOpenAiChat({ baseUrl: server.baseUrl, model: 'test-model' });
  return rewriteDraft(input, { model, timeoutMs });
}

describe('rewriteDraft', () => {
  it('uses a rewrite that keeps every fact, between the original greeting and signature', async () => {
    const result = await rewriteWith({ body: answer(goodMiddle) });
    expect(result.source).toBe('ai');
    expect(result.fallbackReason).toBeUndefined();
    expect(result.findings).toEqual([]);
    expect(result.draft.subject).toBe('Thanks for Tuesday: Senior Backend Engineer');
    expect(result.draft.body).toBe(
      `${deterministic.body.split('\n')[0] ?? ''}\n\n${goodMiddle}\n\nBest regards,\nAlex Doe\n+1 555 0100`,
    );
  });

  it('sends only the middle of the draft, with the rules, to the model', async () => {
    await rewriteWith({ body: answer(goodMiddle) });
    const messages = (server?.requests[0]?.body as { messages: { role: string; content: string }[] })
      .messages;
    expect(messages.map((message) => message.role)).toEqual(['system', 'user']);
    expect(messages[0]?.content).toMatch(/Never mention salary/);
    expect(messages[1]?.content).toContain('moving billing to event sourcing');
    expect(messages[1]?.content).not.toContain('+1 555 0100');
  });

  it.each([
    ['a slow server', { body: answer(goodMiddle), delayMs: 2_000 }, 'timeout'],
    ['an error status', { status: 500, body: 'oops' }, 'model_error'],
    ['a garbage HTTP body', { body: '<html>502</html>' }, 'model_error'],
    ['a garbage answer', { body: completion('As an AI model I cannot do that.') }, 'garbage'],
    ['an empty answer', { body: answer('') }, 'empty'],
    [
      'a rambling answer',
      { body: answer(Array.from({ length: 12 }, () => goodMiddle).join(' ')) },
      'too_long',
    ],
    ['a placeholder', { body: answer(goodMiddle.replace('18 March', '[Date]')) }, 'placeholder'],
    [
      'a lost role',
      { body: answer(goodMiddle.replace('the Senior Backend Engineer role', 'the job'), 'Thanks') },
      'lost_role',
    ],
    [
      'a lost discussion point',
      { body: answer(goodMiddle.replace('moving billing to event sourcing and ', '')) },
      'lost_fact',
    ],
    ['salary talk', { body: answer(`${goodMiddle} Could we discuss the salary?`) }, 'lint_errors'],
  ] as const)('keeps the deterministic draft on %s', async (_, reply, reason) => {
    const result = await rewriteWith(reply, 300);
    expect(result).toMatchObject({ source: 'deterministic', fallbackReason: reason, draft: deterministic });
    expect(result.findings).toEqual([]);
  });

  it('keeps the draft own subject when the model proposes an unusable one', async () => {
    const result = await rewriteWith({ body: answer(goodMiddle, 'line one\nline two') });
    expect(result.source).toBe('ai');
    expect(result.draft.subject).toBe(deterministic.subject);
  });

  it('is off without a model', async () => {
    expect(await rewriteDraft(input, { model: null })).toMatchObject({
      source: 'deterministic',
      fallbackReason: 'disabled',
    });
  });

  it('leaves call scripts alone', async () => {
    server = await startChatTestServer(() => ({ body: answer(goodMiddle) }));
    const model = createOpenAiChat({ baseUrl: server.baseUrl, model: 'm' });
    const result = await rewriteDraft(exampleInputFor('call'), { model });
    expect(result.fallbackReason).toBe('not_applicable');
    expect(server.requests).toHaveLength(0);
  });
});
