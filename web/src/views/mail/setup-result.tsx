/** @jsxImportSource preact */
import type { MailSetupResult, ServerCheck } from '../../api/types';
import { splitHelp } from '../../lib/mail-presets';

function Check({ label, check }: { label: string; check: ServerCheck }) {
  return (
    <li class={check.ok ? 'check-ok' : 'check-failed'}>
      <span class={`badge ${check.ok ? 'badge-ok' : 'badge-error'}`}>{check.ok ? 'Works' : 'Failed'}</span> <strong>{label}:</strong> {check.ok ? check.detail : check.message.replace(/^(?:SMTP|IMAP): /, '')}
    </li>
  );
}

/** What testing the two servers found, in plain words, and where to make an app password when a login was refused. */
export function SetupResult({ result }: { result: MailSetupResult }) {
  const refused = [result.smtp, result.imap].some((c) => !c.ok && c.code === 'mail_auth');
  const help = splitHelp(result.help);
  return (
    <div class={`setup-result ${result.saved ? 'setup-saved' : 'setup-failed'}`}>
      <p>
        <strong>{result.saved ? 'Both servers work, and the account is saved.' : 'Nothing was saved.'}</strong>{' '}
        {result.saved ? 'The app password is stored encrypted on this computer.' : 'Fix what failed below, then test again.'}
      </p>
      <ul class="checks">
        <Check label="Sending (SMTP)" check={result.smtp} />
        <Check label="Reading (IMAP)" check={result.imap} />
      </ul>
      {refused && (
        <p>
          Most providers refuse your normal password here: make an <strong>app password</strong>
          {help ? (
            <>
              {' '}
              at{' '}
              <a href={help.url} target="_blank" rel="noopener noreferrer">
                {help.url}
              </a>
              {help.note && ` (${help.note})`}
            </>
          ) : (
            ' in your mail provider’s security settings'
          )}{' '}
          and paste it in.
        </p>
      )}
    </div>
  );
}
