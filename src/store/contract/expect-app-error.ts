import { expect } from 'vitest';
import { AppError, type ErrorCode } from '../../core/app-error';

/** Awaits `work`, expecting it to fail with an AppError of `code`, and returns that error. */
export async function expectAppError(work: Promise<unknown>, code: ErrorCode): Promise<AppError> {
  const outcome = await work.then(
    () => ({ failed: false as const }),
    (error: unknown) => ({ failed: true as const, error }),
  );
  if (!outcome.failed) throw new Error(`Expected an AppError '${code}', but it succeeded`);
  expect(outcome.error).toBeInstanceOf(AppError);
  expect((outcome.error as AppError).code).toBe(code);
  return outcome.error as AppError;
}
