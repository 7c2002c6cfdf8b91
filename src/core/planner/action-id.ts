/**
 * Short, stable hash of a string (FNV-1a, 32 bits, base 36). Action ids must be the same every time the same
 * facts are planned, because the outbox uses them as the dedupe key for sending.
 *
 * @example
 * shortHash('evt_1|con_2'); // always the same 1–7 character string
 */
export function shortHash(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * The id of the action a rule plans at a step: `<application>-<rule code>`.
 *
 * @example
 * actionId('app_7k2m', 'fu1');     // 'app_7k2m-fu1'
 * actionId('app_7k2m', 'fu1', 2);  // 'app_7k2m-fu1r2': the chain restarted after the second reply
 */
export function actionId(applicationId: string, code: string, round = 0): string {
  return round > 0 ? `${applicationId}-${code}r${round}` : `${applicationId}-${code}`;
}
