// Starts the real host (restify + CloudAdapter) on a free port, with a fake bot and a stub connector.
import { readConfig } from '../../src/config/config.js';
import { startServer, type RunningServer } from '../../src/host/teams/server.js';
import { captureLogger, type CapturedLogger } from './capture-logger.js';
import { createFakeBot, type FakeBot } from './fake-bot.js';
import { startStubConnector, type StubConnector } from './stub-connector.js';

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
  const config = readConfig(env);
  const server = await startServer({ config, bot, logger: log.logger, port: 0, host: '127.0.0.1' });
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
