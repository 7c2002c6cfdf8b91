export type { CallBranch, CallScript, Draft, DraftInput, DraftRecipient } from './types';
export { composeDraft, confirmsReceipt } from './compose-draft';
export { lintContextFor, lintDraft } from './lint-draft';
export { renderCallScript } from './render-call-script';
export { rankStrengths } from './skill-match';
export type { StrengthMatch } from './skill-match';
export { fnv1a } from './variation';
export { salutationName } from './people';
