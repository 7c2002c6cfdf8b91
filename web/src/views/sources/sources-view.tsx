/** @jsxImportSource preact */
import { useEffect } from 'preact/hooks';
import { SEEDS, type SeedId } from '../../../../src/core/model/seeds';
import { PageTitle } from '../../ui/page-title';

/** The five articles hearback's advice comes from, each in one line, so every "Based on" link explains itself. */
export function SourcesView({ seed }: { seed: string | null }) {
  useEffect(() => {
    if (seed) document.getElementById(`seed-${seed}`)?.scrollIntoView({ block: 'start' });
  }, [seed]);
  return (
    <div class="sources-page">
      <PageTitle title="Where the advice comes from" />
      <p class="lead">
        hearback's suggestions follow five articles about following up on job applications. They do not always agree, which is why there are three playbooks to choose from in
        Settings.
      </p>
      <ol class="seed-list">
        {(Object.keys(SEEDS) as SeedId[]).map((id) => (
          <li key={id} id={`seed-${id}`} class={`card seed${seed === id ? ' is-active' : ''}`}>
            <h2>
              {id} · {SEEDS[id].title}
            </h2>
            <p>{SEEDS[id].gist}</p>
            <p class="muted">File: {SEEDS[id].file}</p>
          </li>
        ))}
      </ol>
    </div>
  );
}
