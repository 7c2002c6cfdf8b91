import { seedFiles, type SeedFile, type SeedId } from '../model';

const lists = new Map<string, readonly SeedFile[]>();

/**
 * The seed files for a rule, as one frozen array per combination: actions share them instead of allocating
 * a list each, which matters when a million applications are planned. Duplicates are dropped, order kept.
 *
 * @example
 * cite('003', '000', '003'); // ['003_97cdc118eb895198.txt', '000_a3daaca1b51a0f36.txt']
 */
export function cite(...ids: SeedId[]): SeedFile[] {
  // Seed ids are three digits, so concatenating them is an unambiguous key.
  let key = '';
  for (const id of ids) key += id;
  let list = lists.get(key);
  if (!list) {
    list = Object.freeze([...new Set(seedFiles(...ids))]);
    lists.set(key, list);
  }
  return list as SeedFile[];
}
