import { defineConfig } from 'vitest/config';

// Browser tests: a production build in real Chromium (see tests/e2e/global-setup.ts).
export default defineConfig({
  test: {
    name: 'e2e',
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 30_000,
    hookTimeout: 180_000,
    // One Chromium serves every file; two at once is what two cores take.
    maxWorkers: 2,
  },
});
