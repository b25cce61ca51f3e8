import { defineConfig } from 'vitest/config';

/**
 * The end-to-end tests start git and the bundled Action in child processes:
 * on a busy two-core machine a setup hook can take far longer than vitest's
 * default 10 s. The limits are there to end a hang, not to time a run.
 */
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 300_000,
    hookTimeout: 300_000,
  },
});
