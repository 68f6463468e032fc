// End-to-end tests (`npm run test:e2e`): the bot and Microsoft 365 Agents Playground, driven in headless
// Debian Chromium (/usr/bin/chromium). Not part of `npm test`. One bot and one Playground for the run
// (tests/e2e/global-setup.ts); the spec files run one after the other, each in its own browser.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 300_000,
    teardownTimeout: 60_000,
  },
});
