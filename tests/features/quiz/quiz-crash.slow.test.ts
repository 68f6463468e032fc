// Quiz answers survive kill -9. Fifty people answer at once while a bot process is killed with
// SIGKILL mid-stream, then restarted on the same store (the file store, and Azure Blob on Azurite),
// with one process and with two: every answer acknowledged with HTTP 200 is in the store afterwards,
// every stored record reads back whole, the restarted bot starts cleanly (no temp file left behind)
// and a key whose lock the dead process held can be written again.
import { readdir } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config/config.js';
import { createKeyHasher } from '../../../src/privacy/keys.js';
import { answersPrefix } from '../../../src/features/quiz/keys.js';
import { createStorage } from '../../../src/storage/create.js';
import { cardAction, mentionMessage } from '../../helpers/activities.js';
import { person } from '../../helpers/in-process.js';
import { cardActions, cardOfActivity } from '../../helpers/card-query.js';
import { crashWorld, SHARED_SECRET, STORE_KINDS } from '../../helpers/crash-world.js';

const world = crashWorld('quiz-crash');

const tempFiles = async (dir: string) =>
  (await readdir(dir, { recursive: true })).filter((f) => /@[^/]*\.tmp$/.test(String(f)));

describe.each(STORE_KINDS)('quiz answers under kill -9 (%s store)', (kind) => {
  it.each([1, 2])(
    'keeps every acknowledged answer with %i process(es), and restarts cleanly',
    async (processes) => {
      const env = await world.storeEnv(kind);
      const doomed = await world.start(env);
      const other = processes === 2 ? await world.start(env) : doomed;
      const conversationId = `a:quiz-crash-${kind}-${processes}`;
      const group = {
        serviceUrl: world.stub().serviceUrl,
        conversationType: 'groupChat' as const,
        conversationId,
      };
      const starter = person(1, 'Quiz Starter');
      const people = Array.from({ length: 50 }, (_, i) => person(300 + i));
      world.stub().members = [starter, ...people];
      world.stub().clear();
      await doomed.send(mentionMessage('quiz', { ...group, from: starter }));
      const [posted] = await world.stub().waitFor(1, 15_000);
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
      const restarted = await world.start(env);
      const late = person(999);
      world.stub().members = [...world.stub().members, late];
      const again = await restarted.send(
        cardAction('quiz.answer', choice!.data, { ...group, from: late }),
      );
      expect(again.status).toBe(200);

      const storage = await createStorage(readConfig({ ...env, NODE_ENV: 'test' }));
      const hasher = createKeyHasher(SHARED_SECRET);
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
