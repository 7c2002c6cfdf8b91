/** One message of a chat conversation, as OpenAI-compatible endpoints take it. */
export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatOptions {
  /** Give up after this long; the caller then keeps its own answer. */
  timeoutMs: number;
  /** Lets the caller cancel earlier, for example when the user closes the draft. */
  signal?: AbortSignal;
}

/**
 * A chat model that completes a conversation with one reply. Optional: hearback drafts without it, and uses
 * it only to rewrite a draft in the user's voice. Failures throw AppError `external_service` with
 * `details.reason` one of `timeout`, `unreachable`, `http_status`, `bad_response`, `aborted`.
 */
export interface ChatModel {
  complete(messages: ChatMessage[], options: ChatOptions): Promise<string>;
}
