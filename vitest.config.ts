import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'web/**/*.test.ts'],
    // Store and mail suites open real servers and files; forks keep native modules isolated.
    pool: 'forks',
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
