import { describe, expect, it } from 'vitest';
import { greeting, salutationName } from './people';
import { variationFor } from './variation';

describe('people', () => {
  it.each([
    ['Dana Smith', 'Dana'],
    ['Dr. Dana Smith', 'Dr. Smith'],
    ['Dr Dana Smith', 'Dr. Smith'],
    ['Smith, Dana', 'Dana'],
    ['  dana  ', 'dana'],
    ['', null],
    [null, null],
    ['12345', null],
  ])('addresses %j as %j', (name, expected) => {
    expect(salutationName(name)).toBe(expected);
  });

  it('greets a known person by name', () => {
    expect(greeting('Dana Smith', 'Acme', variationFor('a', 'b'), 'warm')).toMatch(/^(Dear|Hi|Hello) Dana,$/);
  });

  it('greets the company team when the name is unknown, and says hello when nothing is', () => {
    expect(greeting(null, 'Acme', variationFor('a', 'b'), 'formal')).toMatch(/^(Dear|Hello) Acme team,$/);
    expect(greeting(null, null, variationFor('a', 'b'), 'formal')).toBe('Hello,');
  });
});
