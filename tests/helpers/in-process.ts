// Starting the bot in this test process, behind the real Teams host (restify + CloudAdapter) on a
// free port, with a stub Bot Connector: the one way tests do it. `startBotHost` runs the real bot
// (every service, its own data directory; restartable over the same directory to test persistence);
// `startTestHost` puts a fake bot behind the host, for tests of the host alone.
// Starting it as a separate OS process: as-process.ts.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import type { Bot } from '../../src/contract/activities.js';
import { readConfig, type Config } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/host/teams/server.js';
import { publicUrlOf } from '../../src/host/teams/stage-page.js';
import { createServices, type Services } from '../../src/services.js';
import { createStorage } from '../../src/storage/create.js';
import { silentLogger, type Logger } from '../../src/util/logger.js';
import { captureLogger, type CapturedLogger } from './capture-logger.js';
import { createFakeBot, type FakeBot } from './fake-bot.js';
import { post } from './http.js';
import { startStubConnector, type StubConnector } from './stub-connector.js';
import { BOT_HOST_ENV } from './bot-host.js';

/** PUBLIC_URL in `env` turns the meeting stage on, as in production. */
const listen = (config: Config, bot: Bot, logger: Logger, env: NodeJS.ProcessEnv = {}) => {
  const publicUrl = publicUrlOf(env, config.localMode);
  return startServer({
    config,
    bot,
    logger,
    port: 0,
    host: '127.0.0.1',
    ...(publicUrl && { publicUrl }),
  });
};

export interface BotHost {
  readonly url: string;
  readonly services: Services;
  readonly server: RunningServer;
  readonly dataDir: string;
  send(activity: object): Promise<ReturnType<typeof post> extends Promise<infer P> ? P : never>;
  close(): Promise<void>;
}

export const newDataDir = () => mkdtempSync(join(tmpdir(), 'smg-data-'));

export async function startBotHost(
  dataDir = newDataDir(),
  env: NodeJS.ProcessEnv = {},
  /** The host's and services' logger (silent by default); tests pass a capturing one. */
  logger: Logger = silentLogger(),
): Promise<BotHost> {
  const config = readConfig({
    NODE_ENV: 'test',
    DATA_DIR: dataDir,
    SCHEDULER: 'off',
    ...BOT_HOST_ENV,
    ...env,
  });
  const services = createServices(config, await createStorage(config), { logger });
  const server = await listen(config, services.bot, logger, env);
  const url = `${server.url}/api/messages`;
  return {
    url,
    services,
    server,
    dataDir,
    send: (activity) => post(url, activity),
    close: async () => {
      await server.close();
      await services.storage.close();
    },
  };
}

/** The real bot and a stub Bot Connector, shared by a test file's tests. */
export interface BotWithStub {
  readonly host: BotHost;
  readonly stub: StubConnector;
}

/**
 * Starts the real bot (default settings) and a stub connector before a file's tests and closes both
 * after them; read `host` and `stub` inside tests and hooks, once they have started.
 */
export function botWithStub(): BotWithStub {
  let started: BotWithStub | undefined;
  beforeAll(async () => {
    const stub = await startStubConnector();
    started = { stub, host: await startBotHost() };
  });
  afterAll(async () => {
    await started?.host.close();
    await started?.stub.close();
  });
  const get = () => {
    if (!started) throw new Error('botWithStub: read host and stub inside tests, after beforeAll');
    return started;
  };
  return {
    get host() {
      return get().host;
    },
    get stub() {
      return get().stub;
    },
  };
}

/** A person in tests: Teams id, display name and Entra object id. */
export const person = (n: number, name = `Person ${n}`) => ({
  id: `29:person-${n}`,
  name,
  aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
});

export interface TestHost {
  readonly server: RunningServer;
  readonly messagesUrl: string;
  readonly bot: FakeBot;
  readonly stub: StubConnector;
  readonly log: CapturedLogger;
  close(): Promise<void>;
}

export async function startTestHost(
  env: NodeJS.ProcessEnv = { NODE_ENV: 'test' },
): Promise<TestHost> {
  const stub = await startStubConnector();
  const bot = createFakeBot();
  const log = captureLogger();
  const server = await listen(readConfig({ ...BOT_HOST_ENV, ...env }), bot, log.logger);
  return {
    server,
    messagesUrl: `${server.url}/api/messages`,
    bot,
    stub,
    log,
    close: async () => {
      await server.close();
      await stub.close();
    },
  };
}

/** A file's test host (startTestHost), and activity options that address its stub connector. */
export interface HostedFile {
  readonly host: TestHost;
  readonly opts: { readonly serviceUrl: string };
}

/** Starts a test host before the file's tests, clears its connector before each, closes it after. */
export function useTestHost(): HostedFile {
  let started: TestHost | undefined;
  beforeAll(async () => {
    started = await startTestHost();
  });
  afterAll(() => started?.close());
  beforeEach(() => started?.stub.clear());
  const host = () => {
    if (!started) throw new Error('the test host starts in beforeAll');
    return started;
  };
  return {
    get host() {
      return host();
    },
    get opts() {
      return { serviceUrl: host().stub.serviceUrl };
    },
  };
}
