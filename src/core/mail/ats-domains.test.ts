import { describe, expect, it } from 'vitest';
import { isFreeMailDomain, relayForDomain } from './ats-domains';

describe('relayForDomain', () => {
  it.each([
    ['us.greenhouse-mail.io', 'greenhouse'],
    ['greenhouse-mail.io', 'greenhouse'],
    ['hire.lever.co', 'lever'],
    ['ashbyhq.com', 'ashby'],
    ['acme.myworkday.com', 'workday'],
    ['talent.icims.com', 'icims'],
    ['smartrecruiters.com', 'smartrecruiters'],
    ['candidates.workablemail.com', 'workable'],
    ['HIRE.LEVER.CO', 'lever'],
  ])('finds %s to be %s', (domain, id) => {
    expect(relayForDomain(domain)?.id).toBe(id);
  });

  it.each(['notgreenhouse-mail.io', 'lever.co.evil.example', 'acme.com', null])(
    'finds no relay for %s',
    (domain) => {
      expect(relayForDomain(domain)).toBeNull();
    },
  );
});

describe('isFreeMailDomain', () => {
  it.each([
    ['gmail.com', true],
    ['outlook.co.uk', true],
    ['yahoo.fr', true],
    ['northwind.example', false],
    [null, false],
  ])('says %s is free mail: %s', (domain, expected) => {
    expect(isFreeMailDomain(domain)).toBe(expected);
  });
});
