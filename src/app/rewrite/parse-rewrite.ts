import { z } from 'zod';
import { parseMessageText } from '../../core/linting';

/** What a model proposed: a subject (or none) and the middle of the body. */
export interface ParsedRewrite {
  subject: string | null;
  body: string;
}

const answerSchema = z.object({
  subject: z.string().nullable().optional(),
  body: z.string(),
});

function fromJson(text: string): ParsedRewrite | null {
  const start = text.indexOf('{');
  const end = text.lastIndexOf('}');
  if (start < 0 || end <= start) return null;
  let json: unknown;
  try {
    json = JSON.parse(text.slice(start, end + 1));
  } catch {
    return null;
  }
  const parsed = answerSchema.safeParse(json);
  return parsed.success ? { subject: parsed.data.subject ?? null, body: parsed.data.body } : null;
}

/**
 * Reads a model's answer: the JSON asked for, even wrapped in a code fence or a sentence of preamble, or a
 * message that starts with a `Subject:` line. Anything else is `null`: garbage, never an exception.
 *
 * @example
 * parseRewrite('```json\n{"subject":"Hi","body":"Thanks."}\n```'); // { subject: 'Hi', body: 'Thanks.' }
 * parseRewrite('I cannot help with that.'); // null
 */
export function parseRewrite(answer: string): ParsedRewrite | null {
  const text = answer.trim();
  const json = fromJson(text);
  if (json !== null) return json;
  if (!/^subject:/i.test(text)) return null;
  const message = parseMessageText(text);
  return { subject: message.subject, body: message.body };
}
