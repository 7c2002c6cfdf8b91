import { invalid } from '../core/app-error';

/** How to reach an OpenAI-compatible chat endpoint, such as a local Ollama at http://localhost:11434/v1. */
export interface ChatConfig {
  baseUrl: string;
  model: string;
  apiKey: string | null;
  timeoutMs: number;
}

export const DEFAULT_CHAT_TIMEOUT_MS = 15_000;

/** The raw settings, as they come from the environment or a settings form. */
export interface RawChatConfig {
  url?: string | null | undefined;
  model?: string | null | undefined;
  key?: string | null | undefined;
  timeoutMs?: string | number | null | undefined;
}

/**
 * Validates the rewrite settings. The rewrite is off by default: with no URL it returns `null`. A URL without
 * a model, a URL that is not http(s), or a time-out that is not a positive number is a validation error that
 * names the setting.
 *
 * @example
 * parseChatConfig({ url: 'http://localhost:11434/v1', model: 'llama3.1' })?.timeoutMs; // 15000
 * parseChatConfig({}); // null
 */
export function parseChatConfig(raw: RawChatConfig): ChatConfig | null {
  const url = raw.url?.trim() ?? '';
  if (url === '') return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch (cause) {
    throw invalid('ai.url', `is not a URL: "${url}"`, cause);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw invalid('ai.url', 'must be http or https');
  const model = raw.model?.trim() ?? '';
  if (model === '') throw invalid('ai.model', 'is required when ai.url is set');
  const timeoutMs =
    raw.timeoutMs === null || raw.timeoutMs === undefined || raw.timeoutMs === ''
      ? DEFAULT_CHAT_TIMEOUT_MS
      : Number(raw.timeoutMs);
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw invalid('ai.timeoutMs', `must be a positive number of milliseconds`);
  const key = raw.key?.trim() ?? '';
  return { baseUrl: url, model, apiKey: key === '' ? null : key, timeoutMs };
}

/**
 * Reads the rewrite settings from `HEARBACK_AI_URL`, `HEARBACK_AI_MODEL`, `HEARBACK_AI_KEY` and
 * `HEARBACK_AI_TIMEOUT_MS`.
 *
 * @example
 * chatConfigFromEnv(process.env); // null unless HEARBACK_AI_URL is set
 */
export function chatConfigFromEnv(env: Record<string, string | undefined>): ChatConfig | null {
  return parseChatConfig({
    url: env.HEARBACK_AI_URL,
    model: env.HEARBACK_AI_MODEL,
    key: env.HEARBACK_AI_KEY,
    timeoutMs: env.HEARBACK_AI_TIMEOUT_MS,
  });
}
