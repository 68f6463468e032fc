// What the crash tests share: Azurite and a stub Bot Connector for the whole file, a store of either
// kind for each run (a fresh folder; a fresh blob container), and bot processes on it that all hold
// the same hashing secret and are stopped at the end whatever happened.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { startAzurite, type Azurite } from './azurite.js';
import { startBotInstance, type BotInstance } from './as-process.js';
import { startStubConnector, type StubConnector } from './stub-connector.js';

export type StoreKind = 'file' | 'blob';
export const STORE_KINDS: readonly StoreKind[] = ['file', 'blob'];
export const SHARED_SECRET = 'one-secret-for-every-process-of-a-crash-test';

export interface CrashWorld {
  readonly stub: () => StubConnector;
  /** The environment of a fresh store of this kind (file folder or blob container). */
  storeEnv(kind: StoreKind): Promise<Record<string, string>>;
  /** A bot process on `env`, stopped after the file's tests. */
  start(env: Record<string, string>): Promise<BotInstance>;
}

/** Registers the file's beforeAll/afterAll; call at the top level of a test file. */
export function crashWorld(name: string): CrashWorld {
  let azurite: Azurite | undefined;
  let stub: StubConnector | undefined;
  const dirs: string[] = [];
  const instances: BotInstance[] = [];
  beforeAll(async () => {
    [azurite, stub] = await Promise.all([startAzurite(), startStubConnector()]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all(instances.map((i) => i.stop()));
    await Promise.all([azurite?.stop(), stub?.close()]);
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  }, 30_000);
  return {
    stub: () => stub!,
    async storeEnv(kind): Promise<Record<string, string>> {
      const dir = await mkdtemp(join(tmpdir(), `smg-${name}-${kind}-`));
      dirs.push(dir);
      if (kind === 'file') return { STORAGE: 'file', DATA_DIR: dir };
      return {
        STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: azurite!.connectionString,
        AZURE_STORAGE_CONTAINER: `${name}-${Date.now().toString(36)}`,
        DATA_DIR: dir,
      };
    },
    async start(env) {
      const bot = await startBotInstance({ USER_KEY_SECRET: SHARED_SECRET, ...env });
      instances.push(bot);
      return bot;
    },
  };
}
