/**
 * The one error type for real failures. Expected outcomes (a skipped action, a rejected CSV row) are values,
 * not exceptions; an AppError means the operation could not be carried out. The `code` is what callers
 * branch on, and the HTTP layer maps each code to a status in one place.
 */
export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'forbidden',
  'unauthenticated',
  'csrf',
  'parse',
  'store_unavailable',
  'store_not_empty',
  'mail_auth',
  'mail_connect',
  'mail_temporary',
  'mail_permanent',
  'mail_unverifiable',
  'external_service',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface AppErrorOptions {
  /** The input field that was wrong, for validation errors: `company`, `applied`, `rows[3].date`. */
  field?: string;
  cause?: unknown;
  /** Extra machine-readable facts, safe to show to the user. */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly field: string | undefined;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.field = options.field;
    this.details = options.details;
  }

  toJSON(): { code: ErrorCode; message: string; field?: string; details?: Record<string, unknown> } {
    return {
      code: this.code,
      message: this.message,
      ...(this.field === undefined ? {} : { field: this.field }),
      ...(this.details === undefined ? {} : { details: this.details }),
    };
  }
}

/**
 * Builds a validation error that names the bad field.
 *
 * @example
 * throw invalid('applied', 'is not a date: "yesterday-ish"');
 */
export function invalid(field: string, problem: string, cause?: unknown): AppError {
  return new AppError('validation', `${field} ${problem}`, { field, cause });
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
