import type { z } from 'zod';
import { AppError } from '../core/app-error';
import { validate } from './validate';

/**
 * Validates a patch with an object schema, first refusing keys the schema does not know, naming the first
 * such key as the field. A patch that silently dropped `stage` would look like it worked when it did not.
 *
 * @example
 * validatePatch(ApplicationPatch, { stage: 'offer' }); // throws AppError { code: 'validation', field: 'stage' }
 */
export function validatePatch<S extends z.ZodObject>(schema: S, raw: unknown): z.infer<S> {
  if (raw !== null && typeof raw === 'object' && !Array.isArray(raw)) {
    const known = Object.keys(schema.shape);
    const unknown = Object.keys(raw).find((key) => !known.includes(key));
    if (unknown !== undefined) {
      throw new AppError('validation', `${unknown}: is not a field that can be changed here (known: ${known.join(', ')})`, { field: unknown });
    }
  }
  return validate(schema, raw);
}
