import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { withStatementCache } from './statement-cache';

describe('withStatementCache', () => {
  const database = new Database(':memory:');
  afterEach(() => vi.restoreAllMocks());

  it('prepares each distinct SQL text once and reuses the statement', () => {
    const prepare = vi.spyOn(database, 'prepare');
    const cached = withStatementCache(database);
    cached.prepare('create table t (x integer)').run([]);
    for (let i = 0; i < 5; i++) cached.prepare('insert into t (x) values (?)').run([i]);
    expect(cached.prepare('select count(*) as n from t').all([])).toEqual([{ n: 5 }]);
    expect(prepare).toHaveBeenCalledTimes(3);
  });

  it('evicts the least recently used statement beyond its capacity', () => {
    const prepare = vi.spyOn(database, 'prepare');
    const cached = withStatementCache(database, 2);
    cached.prepare('select 1');
    cached.prepare('select 2');
    cached.prepare('select 1');
    cached.prepare('select 3');
    cached.prepare('select 1');
    expect(prepare).toHaveBeenCalledTimes(3);
    cached.prepare('select 2');
    expect(prepare).toHaveBeenCalledTimes(4);
  });
});
