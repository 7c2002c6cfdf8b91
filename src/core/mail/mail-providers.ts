/** What hearback knows about a well-known mail provider, so a user need only give the address. */
export interface MailProvider {
  name: string;
  imap: { host: string; port: number; security: 'tls' | 'starttls' };
  smtp: { host: string; port: number; security: 'tls' | 'starttls' };
  /** The provider files mail sent over SMTP in Sent by itself; hearback must not save a second copy. */
  savesSent: boolean;
  /** Where to make the app password the login needs. */
  appPasswordHelp: string | null;
}

const GMAIL: MailProvider = {
  name: 'Gmail',
  imap: { host: 'imap.gmail.com', port: 993, security: 'tls' },
  smtp: { host: 'smtp.gmail.com', port: 465, security: 'tls' },
  savesSent: true,
  appPasswordHelp: 'https://myaccount.google.com/apppasswords (2-step verification must be on)',
};
const OUTLOOK: MailProvider = {
  name: 'Outlook',
  imap: { host: 'outlook.office365.com', port: 993, security: 'tls' },
  smtp: { host: 'smtp-mail.outlook.com', port: 587, security: 'starttls' },
  savesSent: true,
  appPasswordHelp: 'https://account.live.com/proofs/AppPassword',
};
const YAHOO: MailProvider = {
  name: 'Yahoo Mail',
  imap: { host: 'imap.mail.yahoo.com', port: 993, security: 'tls' },
  smtp: { host: 'smtp.mail.yahoo.com', port: 465, security: 'tls' },
  savesSent: false,
  appPasswordHelp: 'https://login.yahoo.com/account/security (Generate app password)',
};
const ICLOUD: MailProvider = {
  name: 'iCloud Mail',
  imap: { host: 'imap.mail.me.com', port: 993, security: 'tls' },
  smtp: { host: 'smtp.mail.me.com', port: 587, security: 'starttls' },
  savesSent: false,
  appPasswordHelp: 'https://account.apple.com (Sign-In and Security, App-Specific Passwords)',
};
const FASTMAIL: MailProvider = {
  name: 'Fastmail',
  imap: { host: 'imap.fastmail.com', port: 993, security: 'tls' },
  smtp: { host: 'smtp.fastmail.com', port: 465, security: 'tls' },
  savesSent: false,
  appPasswordHelp: 'https://app.fastmail.com/settings/security/apps',
};

const PROVIDERS: ReadonlyMap<string, MailProvider> = new Map([
  ['gmail.com', GMAIL],
  ['googlemail.com', GMAIL],
  ['outlook.com', OUTLOOK],
  ['hotmail.com', OUTLOOK],
  ['live.com', OUTLOOK],
  ['msn.com', OUTLOOK],
  ['yahoo.com', YAHOO],
  ['icloud.com', ICLOUD],
  ['me.com', ICLOUD],
  ['mac.com', ICLOUD],
  ['fastmail.com', FASTMAIL],
]);

/** SMTP hosts known to file sent mail in Sent themselves, beyond the consumer domains above. */
const SAVING_SMTP_HOSTS = [/(^|\.)smtp\.gmail\.com$/, /(^|\.)smtp\.office365\.com$/, /(^|\.)smtp-mail\.outlook\.com$/];

/**
 * The provider of an address, from its domain, or null for any other (a company or a custom domain).
 *
 * @example
 * providerFor('alex.doe@gmail.com')?.smtp; // { host: 'smtp.gmail.com', port: 465, security: 'tls' }
 */
export function providerFor(address: string): MailProvider | null {
  const domain = address.slice(address.lastIndexOf('@') + 1).trim().toLowerCase();
  return PROVIDERS.get(domain) ?? null;
}

/**
 * Whether mail sent through this SMTP host lands in Sent without hearback saving a copy there.
 *
 * @example
 * smtpSavesSent('smtp.gmail.com'); // true
 * smtpSavesSent('mail.example.org'); // false
 */
export function smtpSavesSent(host: string): boolean {
  const h = host.trim().toLowerCase();
  return SAVING_SMTP_HOSTS.some((re) => re.test(h)) || [...PROVIDERS.values()].some((p) => p.savesSent && p.smtp.host === h);
}
