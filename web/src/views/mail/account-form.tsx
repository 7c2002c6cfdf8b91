/** @jsxImportSource preact */
import { useRef, useState } from 'preact/hooks';
import { api, ApiError, errorMessage } from '../../api/client';
import type { MailAccount, MailSetupInput, MailSetupResult } from '../../api/types';
import { preset, PRESETS, presetOf, type PresetId, type ServerFields } from '../../lib/mail-presets';
import { ServerFieldset } from './server-fields';
import { SetupResult } from './setup-result';

interface Props {
  /** The saved account, to change; null to add one. */
  account: MailAccount | null;
  onSaved(result: MailSetupResult): void;
  onCancel: (() => void) | null;
}

const fieldsOf = (s: MailAccount['imap']): ServerFields => ({ host: s.host, port: String(s.port), security: s.security });

/**
 * The mail account form: a provider (which fills the servers), the address, the app password, and the
 * servers themselves. "Test and save" logs in to both servers and saves only when both work; the result
 * says what each server answered.
 */
export function AccountForm({ account, onSaved, onCancel }: Props) {
  const [presetId, setPresetId] = useState<PresetId>(account ? presetOf(account.smtp.host) : 'gmail');
  const [address, setAddress] = useState(account?.address ?? '');
  const [name, setName] = useState(account?.name ?? '');
  const [password, setPassword] = useState('');
  const [login, setLogin] = useState(account && account.imap.user !== account.address ? account.imap.user : '');
  const [sentFolder, setSentFolder] = useState(account?.sentFolder ?? '');
  const [imap, setImap] = useState<ServerFields>(account ? fieldsOf(account.imap) : preset('gmail').imap);
  const [smtp, setSmtp] = useState<ServerFields>(account ? fieldsOf(account.smtp) : preset('gmail').smtp);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<MailSetupResult | null>(null);
  const [error, setError] = useState<{ field: string | null; message: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const chosen = preset(presetId);

  const choose = (id: PresetId): void => {
    setPresetId(id);
    const p = preset(id);
    setImap(p.imap);
    setSmtp(p.smtp);
  };
  // An address at a provider hearback knows picks that provider, unless the user set servers by hand.
  const addressDone = (): void => {
    const known = presetOf(address);
    if (known !== 'other' && known !== presetId && (presetId !== 'other' || imap.host === '')) choose(known);
  };

  const submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setResult(null);
    const user = login.trim() || null;
    const server = (s: ServerFields) => ({ host: s.host.trim() || null, port: s.port.trim() ? Number(s.port) : null, security: s.security, user });
    const input: MailSetupInput = { address: address.trim(), name: name.trim(), password, imap: server(imap), smtp: server(smtp), sentFolder: sentFolder.trim() || null };
    try {
      const answer = await api<MailSetupResult>('PUT', '/api/mail/account', input);
      setResult(answer);
      if (answer.saved) onSaved(answer);
    } catch (caught) {
      setError({ field: caught instanceof ApiError ? caught.field : null, message: errorMessage(caught) });
    } finally {
      setBusy(false);
      resultRef.current?.focus();
    }
  };
  const invalid = error?.field ?? null;

  return (
    <form class="account-form" onSubmit={submit} aria-labelledby="mail-form-heading">
      <h3 id="mail-form-heading">{account ? 'Change your mail account' : 'Connect your mailbox'}</h3>
      <fieldset>
        <legend>Your mail provider</legend>
        <div class="choice-row">
          {PRESETS.map((p) => (
            <label key={p.id} class="choice">
              <input type="radio" name="mail-provider" value={p.id} checked={presetId === p.id} onChange={() => choose(p.id)} />
              <span>{p.label}</span>
            </label>
          ))}
        </div>
      </fieldset>
      <div class="form-grid">
        <label class="field">
          <span>Email address</span>
          <input type="email" autocomplete="email" required value={address} aria-invalid={invalid === 'address'} onInput={(e) => setAddress(e.currentTarget.value)} onBlur={addressDone} />
        </label>
        <label class="field">
          <span>Your name, as recipients see it</span>
          <input type="text" autocomplete="name" value={name} onInput={(e) => setName(e.currentTarget.value)} />
        </label>
      </div>
      <label class="field">
        <span>App password</span>
        <input type="password" autocomplete="new-password" required value={password} aria-invalid={invalid === 'password'} aria-describedby="mail-password-help" onInput={(e) => setPassword(e.currentTarget.value)} />
      </label>
      <p id="mail-password-help" class="field-help">
        {chosen.help ? (
          <>
            {chosen.label.split(',')[0]} needs an app password, not your normal password: make one at{' '}
            <a href={chosen.help.url} target="_blank" rel="noopener noreferrer">
              {chosen.help.url}
            </a>
            {chosen.help.note && ` (${chosen.help.note})`}.
          </>
        ) : (
          'Most providers need an app password here, made in their security settings, rather than your normal password.'
        )}{' '}
        {account ? 'Enter it again to test the connection. ' : ''}It is stored encrypted on this computer, never in plain text.
      </p>
      <details class="server-details" open={presetId === 'other' || /^(?:imap|smtp)\.|^sentFolder$/.test(invalid ?? '')}>
        <summary>Servers{presetId === 'other' ? '' : ` (filled in for ${chosen.label.split(',')[0]})`}</summary>
        <ServerFieldset server="imap" value={imap} onChange={setImap} invalid={invalid} />
        <ServerFieldset server="smtp" value={smtp} onChange={setSmtp} invalid={invalid} />
        <div class="form-grid">
          <label class="field">
            <span>Login, if not the email address</span>
            <input type="text" autocomplete="username" value={login} onInput={(e) => setLogin(e.currentTarget.value)} />
          </label>
          <label class="field">
            <span>Sent folder, if hearback cannot find it</span>
            <input type="text" value={sentFolder} aria-invalid={invalid === 'sentFolder'} onInput={(e) => setSentFolder(e.currentTarget.value)} />
          </label>
        </div>
      </details>
      <div ref={resultRef} tabIndex={-1} class="setup-outcome" role="status">
        {error && <p class="form-error">{error.message}</p>}
        {result && <SetupResult result={result} />}
      </div>
      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={busy}>
          {busy ? 'Testing both servers…' : 'Test and save'}
        </button>
        {onCancel && (
          <button type="button" class="button button-quiet" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
