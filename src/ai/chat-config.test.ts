import { describe, expect, it } from 'vitest';
import { AppError } from '../core/app-error';
import { chatConfigFromEnv, parseChatConfig } from './chat-config';

describe('parseChatConfig', () => {
  it('is off by default', () => {
    expect(parseChatConfig({})).toBeNull();
    expect(chatConfigFromEnv({})).toBeNull();
  });

  it('reads the URL, model, key and time-out from the environment', () => {
    expect(
      chatConfigFromEnv({
        HEARBACK_AI_URL: 'http://localhost:11434/v1',
        HEARBACK_AI_MODEL: 'llama3.1',
        HEARBACK_AI_KEY: ' sk-1 ',
        HEARBACK_AI_TIMEOUT_MS: '5000',
      }),
    ).toEqual({ baseUrl: 'http://localhost:11434/v1', model: 'llama3.1', apiKey: 'sk-1', timeoutMs: 5000 });
  });

  it('defaults the time-out and treats an empty key as none', () => {
    expect(parseChatConfig({ url: 'https://api.example/v1', model: 'm', key: '' })).toEqual({
      baseUrl: 'https://api.example/v1',
      model: 'm',
      apiKey: null,
      timeoutMs: 15_000,
    });
  });

  it.each([
    [{ url: 'not a url', model: 'm' }, 'ai.url'],
    [{ url: 'ftp://host/v1', model: 'm' }, 'ai.url'],
    [{ url: 'http://host/v1' }, 'ai.model'],
    [{ url: 'http://host/v1', model: 'm', timeoutMs: '-5' }, 'ai.timeoutMs'],
    [{ url: 'http://host/v1', model: 'm', timeoutMs: 'soon' }, 'ai.timeoutMs'],
  ])('rejects %o, naming %s', (raw, field) => {
    expect(() => parseChatConfig(raw)).toThrow(AppError);
    try {
      parseChatConfig(raw);
    } catch (error) {
      expect((error as AppError).field).toBe(field);
      expect((error as AppError).code).toBe('validation');
    }
  });
});
