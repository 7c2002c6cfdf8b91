import { describe, expect, it } from 'vitest';
import { preset, presetOf, splitHelp, usualPort } from './mail-presets';

describe('the mail presets', () => {
  it('fills the servers of Gmail, Outlook and Fastmail from the provider table', () => {
    expect(preset('gmail')).toMatchObject({ imap: { host: 'imap.gmail.com', port: '993', security: 'tls' }, smtp: { host: 'smtp.gmail.com', port: '465', security: 'tls' }, help: { url: 'https://myaccount.google.com/apppasswords', note: '2-step verification must be on' } });
    expect(preset('outlook')).toMatchObject({ imap: { host: 'outlook.office365.com' }, smtp: { host: 'smtp-mail.outlook.com', port: '587', security: 'starttls' } });
    expect(preset('fastmail').help?.url).toBe('https://app.fastmail.com/settings/security/apps');
    expect(preset('other')).toMatchObject({ imap: { host: '' }, help: null });
  });

  it.each([
    ['alex@gmail.com', 'gmail'],
    ['Alex@GoogleMail.com', 'gmail'],
    ['alex@hotmail.com', 'outlook'],
    ['alex@fastmail.com', 'fastmail'],
    ['alex@me.example', 'other'],
    ['smtp.fastmail.com', 'fastmail'],
    ['mail.example.org', 'other'],
    ['', 'other'],
  ])('knows %s as %s', (value, id) => {
    expect(presetOf(value)).toBe(id);
  });

  it('splits a help text into its link and its note, and refuses anything but an https link', () => {
    expect(splitHelp('https://account.live.com/proofs/AppPassword')).toEqual({ url: 'https://account.live.com/proofs/AppPassword', note: null });
    expect(splitHelp('javascript:alert(1)')).toBeNull();
    expect(splitHelp(null)).toBeNull();
  });

  it('suggests the usual port of each security mode', () => {
    expect([usualPort('imap', 'tls'), usualPort('imap', 'starttls'), usualPort('smtp', 'tls'), usualPort('smtp', 'starttls')]).toEqual(['993', '143', '465', '587']);
  });
});
