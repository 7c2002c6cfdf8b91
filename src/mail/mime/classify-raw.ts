import { classifyMessage, type ClassifyOptions, type MailVerdict } from '../../core/mail/classify-message';
import type { MailMessage } from '../../core/mail/mail-message';
import { parseMessage, type ParseOptions } from './parse-message';

export type RawVerdict =
  { ok: true; message: MailMessage; verdict: MailVerdict } | { ok: false; error: string };

/**
 * Parses and classifies one raw RFC 822 message, for `hearback classify FILE` and the inbox watcher. An
 * unreadable message is an error value, like every parse outcome.
 *
 * @example
 * const result = await classifyRawMessage(await readFile('reply.eml'));
 * if (result.ok) print({ kind: result.verdict.kind, confidence: result.verdict.confidence });
 */
export async function classifyRawMessage(
  bytes: Uint8Array,
  options: ClassifyOptions & { parse?: ParseOptions } = {},
): Promise<RawVerdict> {
  const parsed = await parseMessage(bytes, options.parse);
  if (!parsed.ok) return parsed;
  return { ok: true, message: parsed.message, verdict: classifyMessage(parsed.message, options) };
}
