/** @jsxImportSource preact */
import type { LintFinding } from '../../api/types';
import { SeedLinks } from '../../ui/seed-links';

const SEVERITY: Record<LintFinding['severity'], string> = { error: 'Fix', warning: 'Check', info: 'Tip' };

/** What the linter says about the draft, one line each, most severe first. */
export function FindingsList({ findings, text }: { findings: readonly LintFinding[]; text: string }) {
  if (findings.length === 0) return <p class="findings-ok">No problems found in this draft.</p>;
  const order = { error: 0, warning: 1, info: 2 };
  const sorted = [...findings].sort((a, b) => order[a.severity] - order[b.severity] || a.start - b.start);
  return (
    <ul class="findings" aria-label="What to check in this draft">
      {sorted.map((f, i) => {
        // Most messages quote the words they are about; the others get the quote here.
        const words = text.slice(f.start, f.end);
        return (
          <li key={`${f.rule}-${i}`} class={`finding finding-${f.severity}`}>
            <span class={`badge badge-${f.severity}`}>{SEVERITY[f.severity]}</span> {words && !f.message.includes(words) && <q class="finding-quote">{words}</q>} {f.message}
            <SeedLinks sources={f.sources} label="Why" />
          </li>
        );
      })}
    </ul>
  );
}
