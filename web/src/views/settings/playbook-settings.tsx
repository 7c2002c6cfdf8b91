/** @jsxImportSource preact */
import { PLAYBOOKS } from '../../../../src/core/planner/playbooks';
import { PLAYBOOK_NAMES } from '../../../../src/core/model/playbook-name';
import type { PlaybookName } from '../../api/types';
import { SEEDS } from '../../../../src/core/model/seeds';
import { SeedLinks } from '../../ui/seed-links';
import type { DelayKey } from '../../lib/follow-up-delays';
import { PARAM_FIELDS, type ParamKey } from './param-fields';

export type Overrides = Partial<Record<ParamKey | DelayKey, string>>;

interface Props {
  playbook: PlaybookName;
  overrides: Overrides;
  onPlaybook(name: PlaybookName): void;
  onOverrides(next: Overrides): void;
}

/** The three playbooks, each in one line with its sources, and the numbers of the chosen one. */
export function PlaybookSettings({ playbook, overrides, onPlaybook, onOverrides }: Props) {
  const defaults = PLAYBOOKS[playbook].params;
  const secondUnit = defaults.secondFollowUp?.anchor === 'applied' ? 'business days after applying' : 'business days after the first';
  return (
    <>
      <fieldset class="playbooks">
        <legend>Playbook</legend>
        {PLAYBOOK_NAMES.map((name) => (
          <label key={name} class={`playbook-option${playbook === name ? ' is-chosen' : ''}`}>
            <input type="radio" name="playbook" value={name} checked={playbook === name} onChange={() => onPlaybook(name)} />
            <span>
              <strong>{name.charAt(0).toUpperCase() + name.slice(1)}</strong>: {PLAYBOOKS[name].summary}
              <SeedLinks sources={PLAYBOOKS[name].sources.map((id) => SEEDS[id].file)} label="From" />
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset class="params">
        <legend>The {playbook} playbook's numbers (leave empty for the default)</legend>
        <div class="form-grid">
          <DelayField label="First follow-up, earliest" unit="business days after applying" field="firstMin" fallback={defaults.firstFollowUp?.minBusinessDays} overrides={overrides} onOverrides={onOverrides} />
          <DelayField label="First follow-up, latest" unit="business days after applying" field="firstMax" fallback={defaults.firstFollowUp?.maxBusinessDays} overrides={overrides} onOverrides={onOverrides} />
          <DelayField label="Second follow-up, earliest" unit={secondUnit} field="secondMin" fallback={defaults.secondFollowUp?.minBusinessDays} overrides={overrides} onOverrides={onOverrides} />
          <DelayField label="Second follow-up, latest" unit={secondUnit} field="secondMax" fallback={defaults.secondFollowUp?.maxBusinessDays} overrides={overrides} onOverrides={onOverrides} />
          {PARAM_FIELDS.map((p) => (
            <label key={p.key} class="field">
              <span>
                {p.label} ({p.unit})
              </span>
              <input
                type="number"
                inputMode="numeric"
                min={p.min}
                max={p.max}
                step={1}
                placeholder={`${defaults[p.key]} (default)`}
                value={overrides[p.key] ?? ''}
                onInput={(e) => onOverrides({ ...overrides, [p.key]: e.currentTarget.value })}
              />
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}

interface DelayProps {
  label: string;
  unit: string;
  field: DelayKey;
  /** The playbook's own value; undefined when the playbook plans no such follow-up. */
  fallback: number | undefined;
  overrides: Overrides;
  onOverrides(next: Overrides): void;
}

/** One bound of a follow-up's delay; empty keeps the playbook's. */
function DelayField({ label, unit, field, fallback, overrides, onOverrides }: DelayProps) {
  return (
    <label class="field">
      <span>
        {label} ({unit})
      </span>
      <input
        type="number"
        inputMode="numeric"
        min={1}
        max={30}
        step={1}
        placeholder={fallback === undefined ? 'none (default)' : `${fallback} (default)`}
        value={overrides[field] ?? ''}
        onInput={(e) => onOverrides({ ...overrides, [field]: e.currentTarget.value })}
      />
    </label>
  );
}
