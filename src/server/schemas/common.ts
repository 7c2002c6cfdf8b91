import { z } from 'zod';
import { ERROR_CODES } from '../../core/app-error';

/** An id in a path: `/api/applications/:id`. */
export const idParams = z.object({ id: z.string().min(1).max(200).describe('The id, as the API returned it.') });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string().describe('One sentence a user can act on; hidden for unexpected failures.'),
    field: z.string().nullable().describe('The input at fault, for validation errors: `company`, `contacts.0.email`.'),
    details: z.record(z.string(), z.unknown()).optional(),
  }),
});

/** `?rewrite=1`, `?rewrite=true`: query flags as clients write them. */
export const flag = z.enum(['0', '1', 'true', 'false']).transform((v) => v === '1' || v === 'true');
