import { apologyRule } from './rules/apology';
import { genericRule } from './rules/generic';
import { missingAskRule } from './rules/missing-ask';
import { missingThanksRule } from './rules/missing-thanks';
import { placeholderRule } from './rules/placeholder';
import { pushyRule } from './rules/pushy';
import { salaryRule } from './rules/salary';
import { timingRule } from './rules/timing';
import { toneRule } from './rules/tone';
import { tooLongRule } from './rules/too-long';
import type { LintRule } from './types';

/** Every rule, in the order docs/drafting.md lists them. */
export const LINT_RULES: readonly LintRule[] = [
  salaryRule,
  pushyRule,
  genericRule,
  tooLongRule,
  placeholderRule,
  toneRule,
  missingThanksRule,
  missingAskRule,
  apologyRule,
  timingRule,
];
