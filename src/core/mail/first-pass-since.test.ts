import { describe, expect, it } from 'vitest';
import { firstPassSince } from './first-pass-since';

const NOW = '2025-03-05T10:00:00Z';

describe('firstPassSince', () => {
  it.each([
    { name: 'reaches back 30 days when there is no application', apps: [], since: '2025-02-03' },
    {
      name: 'reaches back to the oldest open application applied before that',
      apps: [
        { stage: 'applied' as const, appliedAt: '2025-01-10T09:00:00Z' },
        { stage: 'applied' as const, appliedAt: '2025-02-20T09:00:00Z' },
      ],
      since: '2025-01-10',
    },
    {
      name: 'keeps 30 days when every open application is recent',
      apps: [{ stage: 'applied' as const, appliedAt: '2025-03-01T09:00:00Z' }],
      since: '2025-02-03',
    },
    {
      name: 'ignores closed applications and those with no applied date',
      apps: [
        { stage: 'rejected' as const, appliedAt: '2023-05-01T09:00:00Z' },
        { stage: 'applied' as const, appliedAt: null },
      ],
      since: '2025-02-03',
    },
  ])('$name', ({ apps, since }) => {
    expect(firstPassSince(apps, NOW)).toBe(since);
  });
});
