import { isAppError, type ErrorCode } from '../core/app-error';

/** The one table from error codes to HTTP statuses. */
export const STATUS_OF_CODE: Readonly<Record<ErrorCode, number>> = {
  validation: 400,
  parse: 400,
  unauthenticated: 401,
  forbidden: 403,
  csrf: 403,
  not_found: 404,
  conflict: 409,
  store_not_empty: 409,
  mail_auth: 502,
  mail_connect: 502,
  mail_temporary: 502,
  mail_permanent: 502,
  mail_unverifiable: 502,
  external_service: 502,
  store_unavailable: 503,
  internal: 500,
};

/** Every error answer of the API has this body. `field` names the bad input, for validation errors. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; field: string | null; details?: Record<string, unknown> };
}

export interface HttpError {
  status: number;
  body: ErrorBody;
  /** Not an expected failure: the server logs it in full, and the client learns nothing of it. */
  unexpected: boolean;
}

export const HIDDEN_MESSAGE = 'Something went wrong inside hearback. The details are in the server log.';

/** Fastify's own errors for a request it could not read: bad JSON, a body too large, a wrong content type. */
interface FrameworkError {
  statusCode: number;
  code: string;
  message: string;
}

function isFrameworkError(error: unknown): error is FrameworkError {
  if (typeof error !== 'object' || error === null) return false;
  const { statusCode, code } = error as Partial<FrameworkError>;
  return typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500 && typeof code === 'string' && code.startsWith('FST_');
}

/** Which part of the request a framework error is about, so the client can say what to fix. */
function frameworkField(error: FrameworkError): string {
  if (error.statusCode === 415) return 'content-type';
  return error.code.startsWith('FST_ERR_CTP_') || error.statusCode === 413 ? 'body' : 'request';
}

/**
 * Maps anything thrown while answering a request to a status and a body. AppErrors keep their code, message,
 * field and details (which are safe to show); errors Fastify raises reading a request are 4xx naming the
 * part of the request at fault; everything else is a 500 whose message hides the details.
 *
 * @example
 * toHttpError(invalid('company', 'must not be empty')).status; // 400
 */
export function toHttpError(error: unknown): HttpError {
  if (isAppError(error)) {
    const status = STATUS_OF_CODE[error.code];
    // The other 5xx codes are expected failures of a service hearback depends on, and say which.
    if (error.code === 'internal') {
      return { status, body: { error: { code: error.code, message: HIDDEN_MESSAGE, field: null } }, unexpected: true };
    }
    const details = error.details === undefined ? {} : { details: error.details };
    return { status, body: { error: { code: error.code, message: error.message, field: error.field ?? null, ...details } }, unexpected: false };
  }
  if (isFrameworkError(error)) {
    const code: ErrorCode = error.statusCode === 404 ? 'not_found' : error.statusCode === 403 ? 'forbidden' : 'validation';
    return { status: error.statusCode, body: { error: { code, message: error.message, field: frameworkField(error) } }, unexpected: false };
  }
  return { status: 500, body: { error: { code: 'internal', message: HIDDEN_MESSAGE, field: null } }, unexpected: true };
}
