import { setupMailAccount, type ServerCheck } from '../../app/mail/mail-account';
import type { Handler } from '../command-context';
import { mailKitOf } from './mail-context';
import { str } from './parse-options';
import { readPassword } from './read-password';

const num = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : undefined);

function server(o: Record<string, unknown>, prefix: 'imap' | 'smtp') {
  return {
    host: str(o[`${prefix}Host`]) ?? null,
    port: num(o[`${prefix}Port`]) ?? null,
    security: str(o[`${prefix}Security`]) ?? null,
    user: str(o[`${prefix}User`]) ?? str(o.user) ?? null,
  };
}

/** `hearback mail setup`: tests both servers, says exactly what failed, and saves only what works. */
export const mailSetup: Handler = async (ctx, _args, o) => {
  const address = str(o.address) ?? '';
  const [{ deps }, kit] = await Promise.all([ctx.runtime(), mailKitOf(ctx)]);
  const password = await readPassword(ctx, o, address);
  const result = await setupMailAccount(
    deps,
    kit,
    {
      address,
      name: str(o.name) ?? '',
      password,
      imap: server(o, 'imap'),
      smtp: server(o, 'smtp'),
      sentFolder: str(o.sentFolder) ?? null,
      sentCopy: str(o.sentCopy) ?? 'auto',
      ...(o.dailyCap !== undefined ? { dailyCap: num(o.dailyCap) } : {}),
      ...(o.companyGap !== undefined ? { companyGapMinutes: num(o.companyGap) } : {}),
      ...(Array.isArray(o.folder) && o.folder.length > 0 ? { folders: o.folder } : {}),
    },
    { test: o.test !== false },
  );
  const out = ctx.out;
  if (out.json) {
    out.data(result);
    return result.saved ? 0 : 1;
  }
  const line = (label: string, check: ServerCheck, where: string) =>
    out.line(check.ok ? `${label}  ${out.style('green', 'ok')}    ${check.detail}` : `${label}  ${out.style('red', 'failed')} ${where}: ${check.message}`);
  const { account } = result;
  line('SMTP', result.smtp, `${account.smtp.host}:${account.smtp.port} (${account.smtp.security})`);
  line('IMAP', result.imap, `${account.imap.host}:${account.imap.port} (${account.imap.security})`);
  if (!result.saved) {
    const login = [result.smtp, result.imap].some((c) => !c.ok && c.code === 'mail_auth');
    if (login && result.help) out.line(`Make an app password at ${result.help}`);
    out.line('Nothing was saved. Fix the settings above and run the command again.');
    return 1;
  }
  out.line(`Saved ${account.address}; the password is encrypted at rest.`);
  out.line(out.style('dim', 'Approve a draft with `hearback mail approve ACTION-ID`, then run `hearback mail watch` to send and read mail.'));
  return 0;
};
