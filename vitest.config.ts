import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 60_000,
    // The Action's end-to-end tests run the bundle in their beforeAll hooks, several times each: a busy machine needs minutes, not seconds.
    hookTimeout: 180_000,
  },
});
