import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary; the shared CI machine is slow and noisy.
    testTimeout: 30_000,
  },
});
