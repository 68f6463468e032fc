import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// `npm run test:agents`: the HTTP-level suites again, on the Microsoft 365 Agents SDK host
// (BOT_HOST=agents, which tests/helpers/bot-host.ts passes to every bot the suites start). The same
// files as for the botbuilder host, not copies; what only one SDK has (tests/host/teams/botbuilder/)
// is left out. .ci/run runs it after `npm test` and `npm run test:slow`.
export default defineConfig({
  test: {
    maxWorkers: Math.max(2, availableParallelism()),
    include: [
      'tests/host/teams/*.test.ts',
      'tests/**/*.http.test.ts',
      'tests/app/shutdown.slow.test.ts',
      'tests/features/**/*.slow.test.ts',
      'tests/organization/profile-sighup.slow.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    isolate: false,
    env: { BOT_HOST: 'agents' },
  },
});
