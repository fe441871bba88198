import { defineConfig } from 'vitest/config';

// Simulator tests wait for real rate-limit windows and retries, so they get more than the default 5 s.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
