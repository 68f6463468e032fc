import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm run test:slow`: the runs that take seconds each (see vitest.config.ts); same settings.
export default defineConfig({
  test: {
    // vitest leaves a core free by default: one worker on a 2-core machine. Tests wait on I/O
    // and child processes much of the time, so one per core is faster (72 s instead of 134 s here).
    maxWorkers: Math.max(2, availableParallelism()),
    include: ['tests/**/*.slow.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
