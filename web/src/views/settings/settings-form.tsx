/** @jsxImportSource preact */
import { useState } from 'preact/hooks';
import { api, errorMessage } from '../../api/client';
import type { Settings, SettingsPatch } from '../../api/types';
import { useApp } from '../../ui/app-context';
import { useToasts } from '../../ui/toasts';
import { PLAYBOOKS } from '../../../../src/core/planner/playbooks';
import { delayInputsOf, delayOverrides } from '../../lib/follow-up-delays';
import { PARAM_FIELDS } from './param-fields';
import { PlaybookSettings, type Overrides } from './playbook-settings';

const ZONES: string[] = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];

function overridesOf(settings: Settings, playbook: Settings['playbook']): Overrides {
  const stored = settings.playbookOverrides[playbook] ?? {};
  return { ...Object.fromEntries(PARAM_FIELDS.filter((p) => stored[p.key] !== undefined).map((p) => [p.key, String(stored[p.key])])), ...delayInputsOf(stored) };
}

function TimeRange({ legend, value, onChange }: { legend: string; value: { start: string; end: string }; onChange(v: { start: string; end: string }): void }) {
  return (
    <fieldset class="time-range">
      <legend>{legend}</legend>
      <label class="field field-inline">
        <span>From</span>
        <input type="time" required value={value.start} onInput={(e) => onChange({ ...value, start: e.currentTarget.value })} />
      </label>
      <label class="field field-inline">
        <span>to</span>
        <input type="time" required value={value.end} onInput={(e) => onChange({ ...value, end: e.currentTarget.value })} />
      </label>
    </fieldset>
  );
}

/** Playbook and its numbers, zone, holidays, send window and quiet hours. Saving replans everything. */
export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved(s: Settings): void }) {
  const app = useApp();
  const toasts = useToasts();
  const [s, setS] = useState(settings);
  const [overrides, setOverrides] = useState<Overrides>(() => overridesOf(settings, settings.playbook));
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const choose = (playbook: Settings['playbook']): void => {
    setS({ ...s, playbook });
    setOverrides(overridesOf(settings, playbook));
  };
  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    const numbers = Object.fromEntries(PARAM_FIELDS.filter((p) => (overrides[p.key] ?? '').trim() !== '').map((p) => [p.key, Number(overrides[p.key])]));
    const patch: SettingsPatch = {
      playbook: s.playbook,
      timezone: s.timezone,
      country: s.country?.trim() ? s.country.trim().toUpperCase() : null,
      region: s.region?.trim() ? s.region.trim().toUpperCase() : null,
      sendWindow: s.sendWindow,
      businessHours: s.businessHours,
      quietHours: s.quietHours,
      playbookOverrides: { [s.playbook]: { ...numbers, ...delayOverrides(overrides, PLAYBOOKS[s.playbook].params) } },
    };
    try {
      const saved = await api<Settings>('PATCH', '/api/settings', patch);
      onSaved(saved);
      await app.refresh();
      toasts.show({ message: 'Settings saved. Every plan was made again with them.' });
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form onSubmit={submit} class="settings-form" aria-labelledby="settings-heading">
      <h2 id="settings-heading">How hearback plans</h2>
      <PlaybookSettings playbook={s.playbook} overrides={overrides} onPlaybook={choose} onOverrides={setOverrides} />
      <fieldset>
        <legend>Where you are</legend>
        <div class="form-grid">
          <label class="field">
            <span>Your time zone</span>
            <input type="text" list="settings-zones" required value={s.timezone} onInput={(e) => setS({ ...s, timezone: e.currentTarget.value })} />
          </label>
          <label class="field">
            <span>Country code for holidays (US, DE…)</span>
            <input type="text" maxLength={2} value={s.country ?? ''} onInput={(e) => setS({ ...s, country: e.currentTarget.value })} />
          </label>
          <label class="field">
            <span>Region code (CA, BY…), optional</span>
            <input type="text" value={s.region ?? ''} onInput={(e) => setS({ ...s, region: e.currentTarget.value })} />
          </label>
        </div>
        <datalist id="settings-zones">
          {ZONES.map((z) => (
            <option key={z} value={z} />
          ))}
        </datalist>
      </fieldset>
      <TimeRange legend="Send window: when follow-ups should land, in the recipient's time" value={s.sendWindow} onChange={(sendWindow) => setS({ ...s, sendWindow })} />
      <TimeRange legend="Business hours of the employers: used when your quiet hours cover the send window" value={s.businessHours} onChange={(businessHours) => setS({ ...s, businessHours })} />
      <fieldset class="time-range">
        <legend>Your quiet hours: nothing is due while you sleep</legend>
        <label class="choice">
          <input type="checkbox" checked={s.quietHours !== null} onChange={(e) => setS({ ...s, quietHours: e.currentTarget.checked ? { start: '21:00', end: '07:00' } : null })} />
          Keep quiet hours
        </label>
        {s.quietHours && (
          <>
            <label class="field field-inline">
              <span>From</span>
              <input type="time" required value={s.quietHours.start} onInput={(e) => setS({ ...s, quietHours: { start: e.currentTarget.value, end: s.quietHours?.end ?? '07:00' } })} />
            </label>
            <label class="field field-inline">
              <span>to</span>
              <input type="time" required value={s.quietHours.end} onInput={(e) => setS({ ...s, quietHours: { start: s.quietHours?.start ?? '21:00', end: e.currentTarget.value } })} />
            </label>
          </>
        )}
      </fieldset>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
      <button type="submit" class="button button-primary" disabled={busy}>
        Save settings
      </button>
    </form>
  );
}
