/** @jsxImportSource preact */
import { SEEDS, type SeedId } from '../../../src/core/model/seeds';
import type { SeedFile } from '../api/types';
import { href } from '../lib/route';

/** The seed id (`003`) of a cited file name (`003_97cdc118eb895198.txt`). */
export function seedIdOf(file: string): SeedId | null {
  const id = file.slice(0, 3);
  return id in SEEDS ? (id as SeedId) : null;
}

/** "Based on: 003 The Forgotten Art of the Follow-up", each linking to its short explanation. */
export function SeedLinks({ sources, label = 'Based on' }: { sources: readonly SeedFile[] | readonly string[]; label?: string }) {
  const ids = [...new Set(sources.map(seedIdOf).filter((id): id is SeedId => id !== null))];
  if (ids.length === 0) return null;
  return (
    <p class="sources">
      <span class="muted">{label}: </span>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 && ', '}
          <a href={href({ name: 'sources', seed: id })}>
            {id} · {SEEDS[id].title}
          </a>
        </span>
      ))}
    </p>
  );
}
