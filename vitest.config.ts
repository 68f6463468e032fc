import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm test`: everything but the slow runs (real processes killed and restarted, floods, slow
// clients, exhaustive equivalence checks), which `npm run test:slow` runs (vitest.slow.config.ts).
// .ci/run runs both.
export default defineConfig({
  test: {
    // vitest leaves a core free by default: one worker on a 2-core machine. Tests wait on I/O
    // and child processes much of the time, so one per core is faster (72 s instead of 134 s here).
    maxWorkers: Math.max(2, availableParallelism()),
    include: ['tests/**/*.test.ts'],
    exclude: ['tests/**/*.slow.test.ts', 'node_modules/**'],
    testTimeout: 20_000,
    // One module graph per worker, not one per file: importing the app (catalogue, trained models,
    // restify, botbuilder) again for each of 100+ files took most of the run (import 83 s of 99 s).
    // Tests share no mutable module state: each builds its own services, storage and servers.
    isolate: false,
    hookTimeout: 30_000,
  },
});
