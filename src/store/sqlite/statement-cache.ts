import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Kysely's SQLite driver calls `prepare` for every query it runs, and better-sqlite3 does not cache
 * statements, so without this every insert of a bulk import would be parsed and planned again. Kysely
 * compiles the same query shape to the same SQL text, so a small LRU map from SQL text to its prepared
 * statement turns the repeats into lookups. Reuse is safe because the driver runs one query at a time on its
 * single connection and runs each statement to completion. Kysely's `stream()` would leave an iterator open,
 * and better-sqlite3 refuses to rerun a statement that is still iterating, so the store does not stream.
 *
 * @example
 * new SqliteDialect({ database: withStatementCache(new Database(file)) });
 */
export function withStatementCache(database: BetterSqlite3.Database, capacity = 200): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => {
      cache.clear();
      database.close();
    },
    prepare: (sql: string): SqliteStatement => {
      const cached = cache.get(sql);
      if (cached !== undefined) {
        // Re-inserting moves the entry to the end, so the first key is always the least recently used.
        cache.delete(sql);
        cache.set(sql, cached);
        return cached;
      }
      const statement = database.prepare(sql);
      cache.set(sql, statement);
      if (cache.size > capacity) {
        const oldest = cache.keys().next();
        if (oldest.done !== true) cache.delete(oldest.value);
      }
      return statement;
    },
  };
}
