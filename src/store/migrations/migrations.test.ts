import { describe, expect, it } from 'vitest';
import { LATEST_MIGRATION, MIGRATIONS } from './index';

describe('the migration list', () => {
  const names = MIGRATIONS.map(([name]) => name);

  it('is in name order, because Kysely applies migrations in name order', () => {
    expect(names).toEqual([...names].sort());
  });

  it('has unique names of the form NNNN-what-it-does', () => {
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^\d{4}-[a-z0-9-]+$/);
  });

  it('names the last one as the latest, which the fast up-to-date check compares against', () => {
    expect(LATEST_MIGRATION).toBe(names.at(-1));
  });
});
