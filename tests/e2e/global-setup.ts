// Starts the bot and Microsoft 365 Agents Playground once for the e2e run, on free ports (a bot may already
// run on 3978), with a fresh data directory; their output goes to .local/e2e/*.log. Stops both afterwards.
import { createWriteStream, mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort, ROOT, startPlayground, type Source } from '../../scripts/playground.js';
import { assertChromium, SCREENSHOTS } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    playgroundUrl: string;
  }
}

const RUN_DIR = path.join(ROOT, '.local', 'e2e');

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  assertChromium();
  rmSync(RUN_DIR, { recursive: true, force: true });
  mkdirSync(RUN_DIR, { recursive: true });
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const file of readdirSync(SCREENSHOTS))
    if (file.endsWith('.png')) rmSync(path.join(SCREENSHOTS, file));

  const logs = {
    bot: createWriteStream(path.join(RUN_DIR, 'bot.log')),
    playground: createWriteStream(path.join(RUN_DIR, 'playground.log')),
  };
  const started = Date.now();
  const running = await startPlayground({
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    botPort: await freePort(),
    playgroundPort: await freePort(),
    dataDir: path.join(RUN_DIR, 'data'),
    logDir: RUN_DIR,
    builtinConfig: true,
    onLine: (source: Source, line: string) => logs[source].write(`${line}\n`),
  }).catch((error: unknown) => {
    logs.bot.end();
    logs.playground.end();
    throw error;
  });
  console.log(
    `e2e: bot and Playground ready in ${((Date.now() - started) / 1000).toFixed(1)}s at ${running.url} ` +
      `(logs in ${path.relative(ROOT, RUN_DIR)})`,
  );
  project.provide('playgroundUrl', running.url);
  return async () => {
    await running.stop();
    logs.bot.end();
    logs.playground.end();
  };
}
