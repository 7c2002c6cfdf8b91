import { z } from 'zod';
import { AppError } from '../core/app-error';
import type { ChatMessage, ChatModel, ChatOptions } from '../ports/chat-model';

export interface OpenAiChatOptions {
  /** The API root (`http://localhost:11434/v1`) or the full `/chat/completions` URL. */
  baseUrl: string;
  model: string;
  apiKey?: string | null;
  /**
   * The time-out the user configured (HEARBACK_AI_TIMEOUT_MS). When set it replaces the one each call
   * passes, because callers pass a general default while the user knows how slow their endpoint is.
   */
  timeoutMs?: number;
  /** Low by default: a rewrite should stay close to the draft. */
  temperature?: number;
  /** Injected in tests that need to see the request; the global fetch otherwise. */
  fetch?: typeof fetch;
}

/** Answers larger than this are not a short email; reading them would only waste memory. */
const MAX_RESPONSE_CHARS = 1_000_000;

const completionSchema = z.object({
  choices: z.array(z.object({ message: z.object({ content: z.string() }) })).min(1),
});

function endpoint(baseUrl: string): string {
  const trimmed = baseUrl.replace(/\/+$/, '');
  return trimmed.endsWith('/chat/completions') ? trimmed : `${trimmed}/chat/completions`;
}

function failure(
  reason: string,
  message: string,
  cause?: unknown,
  details: Record<string, unknown> = {},
): AppError {
  return new AppError('external_service', message, { cause, details: { reason, ...details } });
}

async function post(
  url: string,
  init: RequestInit,
  fetchImpl: typeof fetch,
  timedOut: () => boolean,
): Promise<string> {
  let response: Response;
  try {
    response = await fetchImpl(url, init);
  } catch (cause) {
    if (timedOut()) throw failure('timeout', 'The chat endpoint did not answer in time.', cause);
    if (init.signal?.aborted) throw failure('aborted', 'The chat request was cancelled.', cause);
    throw failure('unreachable', `Could not reach the chat endpoint at ${url}.`, cause);
  }
  let text: string;
  try {
    text = await response.text();
  } catch (cause) {
    if (timedOut()) throw failure('timeout', 'The chat endpoint did not finish its answer in time.', cause);
    throw failure('unreachable', 'The chat endpoint dropped the connection.', cause);
  }
  if (!response.ok) {
    throw failure('http_status', `The chat endpoint answered ${response.status}.`, undefined, {
      status: response.status,
      body: text.slice(0, 200),
    });
  }
  return text;
}

/**
 * A ChatModel over any OpenAI-compatible `POST /chat/completions` endpoint: OpenAI, Ollama, llama.cpp,
 * vLLM. Time-outs, network errors, error statuses and malformed answers all become AppError
 * `external_service`, with the reason in `details.reason`, so the caller can fall back in one place.
 *
 * @example
 * const model = createOpenAiChat({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.1' });
 * await model.complete([{ role: 'user', content: 'Hi' }], { timeoutMs: 10_000 });
 */
export function createOpenAiChat(options: OpenAiChatOptions): ChatModel {
  const url = endpoint(options.baseUrl);
  const fetchImpl = options.fetch ?? fetch;
  return {
    async complete(
      messages: ChatMessage[],
      { timeoutMs: callTimeoutMs, signal }: ChatOptions,
    ): Promise<string> {
      const timeoutMs = options.timeoutMs ?? callTimeoutMs;
      const controller = new AbortController();
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
      }, timeoutMs);
      const cancel = (): void => controller.abort();
      signal?.addEventListener('abort', cancel, { once: true });
      try {
        const text = await post(
          url,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              accept: 'application/json',
              ...(options.apiKey ? { authorization: `Bearer ${options.apiKey}` } : {}),
            },
            body: JSON.stringify({
              model: options.model,
              messages,
              temperature: options.temperature ?? 0.3,
              stream: false,
            }),
            signal: controller.signal,
          },
          fetchImpl,
          () => timedOut,
        );
        if (text.length > MAX_RESPONSE_CHARS)
          throw failure('bad_response', 'The chat endpoint sent an oversized answer.');
        let json: unknown;
        try {
          json = JSON.parse(text);
        } catch (cause) {
          throw failure('bad_response', 'The chat endpoint did not answer with JSON.', cause, {
            body: text.slice(0, 200),
          });
        }
        const parsed = completionSchema.safeParse(json);
        if (!parsed.success) {
          throw failure('bad_response', 'The chat endpoint answered without a message.', parsed.error);
        }
        return parsed.data.choices[0]?.message.content ?? '';
      } finally {
        clearTimeout(timer);
        signal?.removeEventListener('abort', cancel);
      }
    },
  };
}
