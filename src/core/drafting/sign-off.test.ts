import { describe, expect, it } from 'vitest';
import { signOff } from './sign-off';
import { variationFor } from './variation';

const v = variationFor('app', 'act');

describe('signOff', () => {
  it('uses a signature that has its own closing line as written', () => {
    expect(signOff({ signature: 'Cheers,\nAl', userName: 'Alex' }, v)).toBe('Cheers,\nAl');
  });

  it('adds a closing line to a signature without one', () => {
    expect(signOff({ signature: 'Alex Doe\n+1 555 0100', userName: 'Alex Doe' }, v)).toMatch(
      /^[A-Z][a-z ]+,\nAlex Doe\n\+1 555 0100$/,
    );
  });

  it('signs with the name when there is no signature', () => {
    expect(signOff({ signature: null, userName: 'Alex Doe' }, v)).toMatch(/^[A-Z][a-z ]+,\nAlex Doe$/);
  });

  it('ends with a closing sentence, not a dangling comma, when there is no name', () => {
    expect(signOff({ signature: null, userName: null }, v)).toMatch(/^[A-Z][a-z ]+\.$/);
  });

  it('does not thank them again when the line before the closing already did', () => {
    const closings = Array.from({ length: 24 }, (_, i) =>
      signOff({ signature: 'Alex Doe', userName: 'Alex Doe' }, variationFor(`app-${i}`, 'act'), true),
    );
    expect(closings.filter((closing) => /thank/i.test(closing))).toEqual([]);
  });
});
