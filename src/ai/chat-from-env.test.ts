import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/app-error';
import { composeDraft } from '../core/drafting';
import { exampleInputFor } from '../core/drafting/examples';
import { rewriteDraft } from '../app/rewrite/rewrite-draft';
import { completion, startChatTestServer, type ChatTestServer } from './chat-test-server';
import { chatModelFromEnv } from './chat-from-env';

let server: ChatTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

const input = exampleInputFor('thank_you');

describe('chatModelFromEnv', () => {
  it('is off without HEARBACK_AI_URL', () => {
    expect(chatModelFromEnv({ HEARBACK_AI_MODEL: 'llama3.1' })).toBeNull();
  });

  it('gives up on a server that never answers after HEARBACK_AI_TIMEOUT_MS, not the 15 s default', async () => {
    // The server holds every request for a minute: as good as never answering.
    server = await startChatTestServer(() => ({ body: completion('{}'), delayMs: 60_000 }));
    const model = chatModelFromEnv({
      HEARBACK_AI_URL: server.baseUrl,
      HEARBACK_AI_MODEL: 'test-model',
      HEARBACK_AI_TIMEOUT_MS: '300',
    });
    const started = performance.now();
    const result = await rewriteDraft(input, { model });
    expect(result.fallbackReason).toBe('timeout');
    expect(result.draft).toEqual(composeDraft(input));
    // A generous bound, well under the 15 s default, so a slow machine cannot fail it.
    expect(performance.now() - started).toBeLessThan(10_000);
  }, 30_000);

  it.each([
    ['a URL without a model', { HEARBACK_AI_URL: 'http://127.0.0.1:9/v1' }, 'ai.model'],
    [
      'a time-out that is not a number',
      { HEARBACK_AI_URL: 'http://127.0.0.1:9/v1', HEARBACK_AI_MODEL: 'm', HEARBACK_AI_TIMEOUT_MS: 'soon' },
      'ai.timeoutMs',
    ],
    ['a URL that is not http', { HEARBACK_AI_URL: 'ftp://example.test', HEARBACK_AI_MODEL: 'm' }, 'ai.url'],
  ])('does not throw on %s, and fails only the rewrite, naming the setting', async (_, env, field) => {
    const model = chatModelFromEnv(env);
    expect(model).not.toBeNull();
    const failure = await rewriteDraft(input, { model }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).field).toBe(field);
    expect((await rewriteDraft(input, { model: null })).fallbackReason).toBe('disabled');
  });
});
