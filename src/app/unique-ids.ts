import { AppError } from '../core/app-error';
import type { IdGenerator } from '../ports/ids';

/**
 * An id source that never repeats an id within one operation. Random ids are eight characters (about 39
 * bits), so a 50,000-row import making 150,000 event ids would collide with itself about once in a hundred
 * imports, and one clash fails the whole transaction; drawing again is cheap.
 *
 * @example
 * const ids = uniqueWithin(deps.ids);
 * ids.next('event') !== ids.next('event'); // always
 */
export function uniqueWithin(ids: IdGenerator): IdGenerator {
  const seen = new Set<string>();
  return {
    next(kind) {
      for (let attempt = 0; attempt < 50; attempt++) {
        const id = ids.next(kind);
        const key = `${kind}:${id}`;
        if (!seen.has(key)) {
          seen.add(key);
          return id;
        }
      }
      throw new AppError('internal', `the id source keeps repeating ${kind} ids`);
    },
  };
}
