/**
 * The empty list a plan's lists start as, shared and frozen: most plans hold one action and no note, and
 * most histories no reply, so a million plans need not allocate a million empty lists.
 */
export const NONE: readonly never[] = Object.freeze([]);

/**
 * The list with the item added: a new list in place of the shared empty one, else the same list, grown.
 *
 * @example
 * let replies: readonly number[] = NONE;
 * replies = add(replies, 1_795_442_400_000); // [1795442400000], a list of its own
 */
export function add<T>(list: readonly T[], item: T): readonly T[] {
  if (list === NONE) return [item];
  (list as T[]).push(item);
  return list;
}
