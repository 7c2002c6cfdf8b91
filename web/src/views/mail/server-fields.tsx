/** @jsxImportSource preact */
import type { Security, ServerFields as Fields } from '../../lib/mail-presets';
import { usualPort } from '../../lib/mail-presets';

const SECURITY_LABELS: Record<Security, string> = {
  tls: 'SSL/TLS',
  starttls: 'STARTTLS',
  plain: 'None (this computer only)',
};

interface Props {
  server: 'imap' | 'smtp';
  value: Fields;
  onChange(value: Fields): void;
  /** The field the server named as wrong (`imap.host`), to mark it. */
  invalid: string | null;
}

/** Host, port and security of one server; changing the security suggests its usual port. */
export function ServerFieldset({ server, value, onChange, invalid }: Props) {
  const name = server === 'imap' ? 'Reading mail (IMAP)' : 'Sending mail (SMTP)';
  const field = (part: string) => `mail-${server}-${part}`;
  return (
    <fieldset class="server-fields">
      <legend>{name}</legend>
      <div class="form-grid server-grid">
        <label class="field">
          <span>Server</span>
          <input id={field('host')} type="text" inputmode="url" autocomplete="off" spellcheck={false} value={value.host} aria-invalid={invalid === `${server}.host`} onInput={(e) => onChange({ ...value, host: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Port</span>
          <input id={field('port')} type="text" inputmode="numeric" value={value.port} aria-invalid={invalid === `${server}.port`} onInput={(e) => onChange({ ...value, port: e.currentTarget.value })} />
        </label>
        <label class="field">
          <span>Security</span>
          <select id={field('security')} value={value.security} aria-invalid={invalid === `${server}.security`} onChange={(e) => {
            const security = e.currentTarget.value as Security;
            onChange({ ...value, security, port: usualPort(server, security) });
          }}>
            {(Object.keys(SECURITY_LABELS) as Security[]).map((s) => (
              <option key={s} value={s}>
                {SECURITY_LABELS[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
    </fieldset>
  );
}
