import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '../core/app-error';
import { completion, startChatTestServer, type ChatTestServer, type ServerReply } from './chat-test-server';
import { createOpenAiChat } from './openai-chat';

let server: ChatTestServer | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});

async function ask(reply: ServerReply, timeoutMs = 2_000, apiKey: string | null = null): Promise<string> {
  server = await startChatTestServer(() => reply);
  const model = createOpenAiChat({ baseUrl: server.baseUrl, model: 'test-model', apiKey });
  return model.complete([{ role: 'user', content: 'Rewrite this.' }], { timeoutMs });
}

async function reasonOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('external_service');
    return (error as AppError).details?.reason;
  }
  throw new Error('expected a failure');
}

describe('createOpenAiChat', () => {
  it('posts the model and messages to /chat/completions and returns the reply', async () => {
    expect(await ask({ body: completion('Hello there') }, 2_000, 'sk-test')).toBe('Hello there');
    expect(server?.requests[0]).toMatchObject({
      path: '/v1/chat/completions',
      authorization: 'Bearer sk-test',
      body: { model: 'test-model', messages: [{ role: 'user', content: 'Rewrite this.' }], stream: false },
    });
  });

  it('sends no authorization header without a key, as a local Ollama expects', async () => {
    await ask({ body: completion('ok') });
    expect(server?.requests[0]?.authorization).toBeNull();
  });

  it('accepts a full /chat/completions URL as the base URL', async () => {
    server = await startChatTestServer(() => ({ body: completion('ok') }));
    const model = createOpenAiChat({ baseUrl: `${server.baseUrl}/chat/completions/`, model: 'm' });
    await model.complete([], { timeoutMs: 2_000 });
    expect(server.requests[0]?.path).toBe('/v1/chat/completions');
  });

  it.each([
    ['a slow server', { body: completion('late'), delayMs: 2_000 }, 'timeout'],
    ['an error status', { status: 503, body: '{"error":"overloaded"}' }, 'http_status'],
    ['an HTML page', { body: '<html>Bad gateway</html>' }, 'bad_response'],
    ['JSON without choices', { body: '{"result":"hi"}' }, 'bad_response'],
    ['a null message content', { body: '{"choices":[{"message":{"content":null}}]}' }, 'bad_response'],
  ] as const)('fails with external_service on %s', async (_, reply, reason) => {
    expect(await reasonOf(ask(reply, 200))).toBe(reason);
  });

  it('fails with external_service when nothing listens', async () => {
    const model = createOpenAiChat({ baseUrl: 'http://127.0.0.1:9/v1', model: 'm' });
    expect(await reasonOf(model.complete([], { timeoutMs: 2_000 }))).toBe('unreachable');
  });

  it('stops when the caller cancels', async () => {
    server = await startChatTestServer(() => ({ body: completion('late'), delayMs: 2_000 }));
    const model = createOpenAiChat({ baseUrl: server.baseUrl, model: 'm' });
    const controller = new AbortController();
    const pending = model.complete([], { timeoutMs: 5_000, signal: controller.signal });
    controller.abort();
    expect(await reasonOf(pending)).toBe('aborted');
  });
});
