// Which Bot Framework SDK the HTTP-level suites run against: BOT_HOST from the test runner's
// environment (`npm run test:agents` sets it to "agents"), botbuilder otherwise. Every helper and
// test that starts a bot passes it on, so one set of suites proves both hosts.
export const BOT_HOST_ENV: Readonly<Record<string, string>> = process.env.BOT_HOST
  ? { BOT_HOST: process.env.BOT_HOST }
  : {};
