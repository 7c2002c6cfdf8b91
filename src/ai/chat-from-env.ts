import { isAppError } from '../core/app-error';
import type { ChatModel } from '../ports/chat-model';
import { chatConfigFromEnv } from './chat-config';
import { createOpenAiChat } from './openai-chat';

/**
 * A model that fails every call with the error its settings had. The rewrite is optional, so a bad setting
 * must not stop `hearback list` or the server from starting; it fails only the rewrite that would use it,
 * naming the setting to fix.
 */
function misconfigured(error: unknown): ChatModel {
  return {
    complete: () => Promise.reject(error instanceof Error ? error : new Error(String(error))),
  };
}

/**
 * The chat model configured by `HEARBACK_AI_URL`, `HEARBACK_AI_MODEL`, `HEARBACK_AI_KEY` and
 * `HEARBACK_AI_TIMEOUT_MS`, or `null` when the rewrite is off. Never throws: invalid settings give a model
 * whose every call rejects with the validation error.
 *
 * @example
 * chatModelFromEnv({}); // null
 * chatModelFromEnv({ HEARBACK_AI_URL: 'http://localhost:11434/v1' }); // a model that rejects: ai.model is required
 */
export function chatModelFromEnv(env: Record<string, string | undefined>): ChatModel | null {
  let config;
  try {
    config = chatConfigFromEnv(env);
  } catch (error) {
    if (isAppError(error) && error.code === 'validation') return misconfigured(error);
    throw error;
  }
  if (config === null) return null;
  return createOpenAiChat({
    baseUrl: config.baseUrl,
    model: config.model,
    timeoutMs: config.timeoutMs,
    ...(config.apiKey ? { apiKey: config.apiKey } : {}),
  });
}
