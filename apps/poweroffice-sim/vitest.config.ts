import { defineConfig } from 'vitest/config';

// Explicit and generous: the tests build the simulator, listen on real ports and wait out real
// rate-limit windows and held-open calls; on a busy machine that takes longer than vitest's 5 s.
export default defineConfig({
  test: {
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
