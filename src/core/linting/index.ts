export type { LintContext, LintDocument, LintFinding, LintMessage, LintRule, LintSeverity } from './types';
export { lint, hasErrors } from './lint';
export { lintText, locateSpan, parseMessageText } from './lint-document';
export type { FieldSpan } from './lint-document';
export { LINT_RULES } from './rules';
export { mentionsMoney } from './rules/salary';
export { wordLimit } from './rules/too-long';
export { bodyBeforeClosing } from './text-search';
