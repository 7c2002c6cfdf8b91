import type { z } from 'zod';
import { AppError } from '../core/app-error';

/**
 * Parses input with a zod schema, turning the first problem into a validation AppError that names the
 * field (`contacts.0.email`), so the CLI and the API report it the same way.
 *
 * @example
 * const input = validate(AddApplicationInput, raw); // throws AppError { code: 'validation', field: 'company' }
 */
export function validate<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  const field = issue && issue.path.length > 0 ? issue.path.join('.') : 'input';
  const message = issue?.message ?? 'is invalid';
  throw new AppError('validation', `${field}: ${message}`, { field, cause: result.error, details: { issues: result.error.issues.map((i) => ({ field: i.path.join('.'), message: i.message })) } });
}
