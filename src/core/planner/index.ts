export { plan, planApplication, type PlanResult } from './plan';
export type { PlanNote } from './plan-context';
export { PLAYBOOKS, resolvePlaybook } from './playbooks';
export { DEFAULT_SETTINGS } from './default-settings';
export { deriveStage } from './derive-stage';
export { resolveSettings } from './resolved-settings';
export { actionId, shortHash } from './action-id';
