export const PLAYBOOK_NAMES = ['persistent', 'balanced', 'conservative'] as const;
export type PlaybookName = (typeof PLAYBOOK_NAMES)[number];

export function isPlaybookName(value: unknown): value is PlaybookName {
  return typeof value === 'string' && (PLAYBOOK_NAMES as readonly string[]).includes(value);
}
