import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempRuntime, type TempRuntime } from '../../test/support/temp-runtime';
import { AppError } from '../core/app-error';
import { getProfile, updateProfile } from './profile';

let rt: TempRuntime;
beforeEach(async () => {
  rt = await tempRuntime();
});
afterEach(async () => {
  await rt.cleanup();
});

const strengths = (count: number) => Array.from({ length: count }, (_, i) => `strength ${i + 1}`);

describe('updateProfile', () => {
  it.each([1, 3, 5])(
    'accepts %i strengths, since a profile is built one strength at a time',
    async (count) => {
      await updateProfile(rt.deps, { strengths: strengths(count) });
      expect((await getProfile(rt.deps)).strengths).toHaveLength(count);
    },
  );

  it.each([
    ['renames a signature that ends with the old name', 'Best regards,\nAlex Doe', { name: 'Sam Rivera' }, 'Best regards,\nSam Rivera'],
    ['leaves a signature that does not end with the name', 'Best regards,\nAlex Doe\nBackend engineer', { name: 'Sam Rivera' }, 'Best regards,\nAlex Doe\nBackend engineer'],
    ['keeps the signature given in the same change', 'Best regards,\nAlex Doe', { name: 'Sam Rivera', signature: 'Cheers,\nSam' }, 'Cheers,\nSam'],
  ])('%s', async (_name, signature, patch, expected) => {
    await updateProfile(rt.deps, { name: 'Alex Doe', signature });
    expect((await updateProfile(rt.deps, patch)).signature).toBe(expected);
  });

  it('rejects a sixth strength, naming the field', async () => {
    const failure = await updateProfile(rt.deps, { strengths: strengths(6) }).catch(
      (error: unknown) => error,
    );
    expect(failure).toBeInstanceOf(AppError);
    expect((failure as AppError).field).toBe('strengths');
    expect((failure as AppError).message).toMatch(/at most 5/);
  });
});
