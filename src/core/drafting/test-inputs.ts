import type { DraftInput } from './types';

/**
 * The same input under another application id, as if the user had applied twice with the same facts:
 * the way tests reach every phrasing without changing a fact.
 */
export function underApplication(input: DraftInput, applicationId: string): DraftInput {
  return {
    ...input,
    application: { ...input.application, id: applicationId },
    action: { ...input.action, applicationId },
  };
}

/** The input under `count` application ids, `app-0` to `app-{count-1}`. */
export function acrossApplications(input: DraftInput, count = 24): DraftInput[] {
  return Array.from({ length: count }, (_, i) => underApplication(input, `app-${i}`));
}
