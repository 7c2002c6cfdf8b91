import { providerFor } from '../../../src/core/mail/mail-providers';

export type Security = 'tls' | 'starttls' | 'plain';
export type PresetId = 'gmail' | 'outlook' | 'fastmail' | 'other';

export interface ServerFields {
  host: string;
  port: string;
  security: Security;
}

export interface MailPreset {
  id: PresetId;
  label: string;
  imap: ServerFields;
  smtp: ServerFields;
  /** Where to make the app password the provider requires, and what must be true first. */
  help: { url: string; note: string | null } | null;
}

/** "https://x (2-step verification must be on)" → the link and the note, as the core's provider table writes them. */
export function splitHelp(help: string | null): { url: string; note: string | null } | null {
  if (!help) return null;
  const match = /^(https:\/\/\S+)(?:\s+\((.+)\))?$/.exec(help.trim());
  return match?.[1] ? { url: match[1], note: match[2] ?? null } : null;
}

/** The servers of a known provider, from the same table the server fills a bare address from. */
function known(id: PresetId, label: string, sample: string): MailPreset {
  const provider = providerFor(sample);
  if (!provider) throw new Error(`no provider for ${sample}`);
  const fields = (s: { host: string; port: number; security: Security }): ServerFields => ({ host: s.host, port: String(s.port), security: s.security });
  return { id, label, imap: fields(provider.imap), smtp: fields(provider.smtp), help: splitHelp(provider.appPasswordHelp) };
}

/** The choices of the account form: three common providers, and any other. */
export const PRESETS: readonly MailPreset[] = [
  known('gmail', 'Gmail', 'you@gmail.com'),
  known('outlook', 'Outlook, Hotmail, Live', 'you@outlook.com'),
  known('fastmail', 'Fastmail', 'you@fastmail.com'),
  { id: 'other', label: 'Another provider', imap: { host: '', port: '993', security: 'tls' }, smtp: { host: '', port: '465', security: 'tls' }, help: null },
];

export function preset(id: PresetId): MailPreset {
  return PRESETS.find((p) => p.id === id) ?? (PRESETS[PRESETS.length - 1] as MailPreset);
}

/**
 * The preset an address or a saved server belongs to: `alex@googlemail.com` is Gmail, `smtp.fastmail.com`
 * is Fastmail; anything else is another provider.
 *
 * @example
 * presetOf('alex@hotmail.com'); // 'outlook'
 */
export function presetOf(addressOrHost: string): PresetId {
  const value = addressOrHost.trim().toLowerCase();
  for (const p of PRESETS) {
    if (p.id === 'other') continue;
    if (value === p.imap.host || value === p.smtp.host) return p.id;
  }
  if (!value.includes('@')) return 'other';
  const name = providerFor(value)?.name;
  return name === 'Gmail' ? 'gmail' : name === 'Outlook' ? 'outlook' : name === 'Fastmail' ? 'fastmail' : 'other';
}

/** The port a security mode usually goes with, so changing one suggests the other. */
export function usualPort(server: 'imap' | 'smtp', security: Security): string {
  if (server === 'imap') return security === 'tls' ? '993' : '143';
  return security === 'tls' ? '465' : security === 'starttls' ? '587' : '25';
}
