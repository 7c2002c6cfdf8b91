import { describe, expect, it } from 'vitest';
import { compactCompanyName, mentionsCompany, normaliseCompanyName } from './company-name';

describe('normaliseCompanyName', () => {
  it.each([
    ['The Acme Company, Inc.', 'acme'],
    ['Müller & Söhne GmbH', 'muller and sohne'],
    ['Initech Ltd.', 'initech'],
    ["McDonald's Corp", 'mcdonald'],
    ['The Group', 'group'],
    ['  Globex   S.A. ', 'globex'],
    ['Hooli B.V.', 'hooli'],
  ])('reduces "%s" to "%s"', (name, expected) => {
    expect(normaliseCompanyName(name)).toBe(expected);
  });

  it('runs words together for domain comparison', () => {
    expect(compactCompanyName('Fabrikam Robotics GmbH')).toBe('fabrikamrobotics');
  });
});

describe('mentionsCompany', () => {
  it.each([
    ['Thank you for applying to ACME Inc!', 'Acme', true],
    ['Your application at The Acme Company', 'Acme Company LLC', true],
    ['Welcome to FabrikamRobotics', 'Fabrikam Robotics', true],
    ['Acmeology newsletter', 'Acme', false],
    ['Interview at Contoso', 'Northwind', false],
    ['anything', 'Inc.', false],
  ])('in "%s" for "%s" is %s', (text, company, expected) => {
    expect(mentionsCompany(text, company)).toBe(expected);
  });
});
