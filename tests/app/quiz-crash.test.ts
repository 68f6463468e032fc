// Quiz answers survive kill -9. Fifty people answer at once while a bot process is killed with
// SIGKILL mid-stream, then restarted on the same store (the file store, and Azure Blob on Azurite),
// with one process and with two: every answer acknowledged with HTTP 200 is in the store afterwards,
// every stored record reads back whole, the restarted bot starts cleanly (no temp file left behind)
// and a key whose lock the dead process held can be written again.
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config.js';
import { createKeyHasher } from '../../src/privacy/keys.js';
import { answersPrefix } from '../../src/quiz/keys.js';
import { createStorage } from '../../src/storage/create.js';
import { cardAction, mentionMessage } from '../helpers/activities.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { person } from '../helpers/bot-host.js';
import { startBotInstance, type BotInstance } from '../helpers/bot-process-host.js';
import { cardActions, cardOfActivity } from '../helpers/card-query.js';
import { startStubConnector, type StubConnector } from '../helpers/stub-connector.js';

const SECRET = 'one-secret-for-every-process-of-this-test';
let azurite: Azurite;
let stub: StubConnector;
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

async function storeEnv(kind: 'file' | 'blob'): Promise<Record<string, string>> {
  const dir = await mkdtemp(join(tmpdir(), `smg-quiz-crash-${kind}-`));
  dirs.push(dir);
  return kind === 'file'
    ? { STORAGE: 'file', DATA_DIR: dir }
    : {
        STORAGE: 'blob',
        AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
        AZURE_STORAGE_CONTAINER: `quiz-crash-${Date.now().toString(36)}`,
        DATA_DIR: dir,
      };
}

async function start(env: Record<string, string>): Promise<BotInstance> {
  const bot = await startBotInstance({ USER_KEY_SECRET: SECRET, ...env });
  instances.push(bot);
  return bot;
}

const tempFiles = async (dir: string) =>
  (await readdir(dir, { recursive: true })).filter((f) => /@[^/]*\.tmp$/.test(String(f)));

describe.each(['file', 'blob'] as const)('quiz answers under kill -9 (%s store)', (kind) => {
  it.each([1, 2])(
    'keeps every acknowledged answer with %i process(es), and restarts cleanly',
    async (processes) => {
      const env = await storeEnv(kind);
      const doomed = await start(env);
      const other = processes === 2 ? await start(env) : doomed;
      const conversationId = `a:quiz-crash-${kind}-${processes}`;
      const group = {
        serviceUrl: stub.serviceUrl,
        conversationType: 'groupChat' as const,
        conversationId,
      };
      const starter = person(1, 'Quiz Starter');
      const people = Array.from({ length: 50 }, (_, i) => person(300 + i));
      stub.members = [starter, ...people];
      stub.clear();
      await doomed.send(mentionMessage('quiz', { ...group, from: starter }));
      const [posted] = await stub.waitFor(1, 15_000);
      const [choice] = cardActions(cardOfActivity(posted!.activity), 'quiz.answer');

      // Fifty answers at once, alternating processes; the doomed one is killed as they land.
      let acknowledged = 0;
      const answers = people.map((who, i) =>
        (i % 2 === 0 ? doomed : other)
          .send(cardAction('quiz.answer', choice!.data, { ...group, from: who }))
          .then(
            (res) => {
              if (res.status === 200) acknowledged += 1;
              return res.status === 200 ? who : undefined;
            },
            () => undefined, // the connection died with the process: not acknowledged
          ),
      );
      await until(() => acknowledged >= 8);
      await doomed.kill();
      const stored = (await Promise.all(answers)).filter((w) => w !== undefined);

      // The restarted process starts on the same store, and can write a fresh answer.
      const restarted = await start(env);
      const late = person(999);
      stub.members = [...stub.members, late];
      const again = await restarted.send(
        cardAction('quiz.answer', choice!.data, { ...group, from: late }),
      );
      expect(again.status).toBe(200);

      const storage = await createStorage(readConfig({ ...env, NODE_ENV: 'test' }));
      const hasher = createKeyHasher(SECRET);
      const ref = {
        conversationKey: hasher.conversation(conversationId),
        quizId: String((choice!.data as { quizId: string }).quizId),
      };
      const keys = await storage.list(answersPrefix(ref));
      for (const key of keys) expect(await storage.read(key), key).toBeDefined(); // whole records
      for (const who of [...stored, late])
        expect(
          keys.some((k) => k.endsWith(`/${hasher.person(who.aadObjectId)}`)),
          who.name,
        ).toBe(true);
      expect(stored.length).toBeGreaterThanOrEqual(8);
      if (process.env.SHOW_FIGURES)
        console.info(
          `${kind}, ${processes} process(es): ${stored.length} of 50 acknowledged, ${keys.length} answers stored (with the late one)`,
        );
      if (kind === 'file') expect(await tempFiles(env.DATA_DIR!)).toEqual([]);
      await storage.close();
    },
    120_000,
  );
});

async function until(condition: () => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
