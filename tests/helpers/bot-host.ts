// The real bot (all services) behind the real Teams host, over HTTP, with a stub Bot Connector and
// its own data directory. Restartable over the same directory to test persistence.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readConfig } from '../../src/config/config.js';
import { silentLogger, type Logger } from '../../src/util/logger.js';
import { createServices, type Services } from '../../src/services.js';
import { createStorage } from '../../src/storage/create.js';
import { startServer, type RunningServer } from '../../src/host/teams/server.js';
import { post } from './http.js';

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
  /** The host's logger (silent by default); tests/logging.test.ts passes a capturing one. */
  logger: Logger = silentLogger(),
): Promise<BotHost> {
  const config = readConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, SCHEDULER: 'off', ...env });
  const services = createServices(config, await createStorage(config));
  const server = await startServer({
    config,
    bot: services.bot,
    logger,
    port: 0,
    host: '127.0.0.1',
  });
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

/** A person in tests: Teams id, display name and Entra object id. */
export const person = (n: number, name = `Person ${n}`) => ({
  id: `29:person-${n}`,
  name,
  aadObjectId: `00000000-0000-0000-0000-${String(n).padStart(12, '0')}`,
});
