import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../../src/guidance/load.js';
import { createQuizService } from '../../../src/features/quiz/service.js';
import { loadScenarios } from '../../../src/scenarios/load.js';
import { STALE_AFTER_MS } from '../../../src/features/quiz/start.js';
import { InvalidKeyError } from '../../../src/storage/errors.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { KEY_PATTERN } from '../../../src/storage/storage.js';
import { SCENARIOS } from './scenarios.js';
import { CONV, harness, STARTER, started } from './setup.js';

describe('startQuiz', () => {
  it('stores an open quiz at quiz/<conversationKey>/<quizId> with 3 distinct scenarios', async () => {
    const h = harness();
    const quiz = await started(h);
    expect(quiz).toMatchObject({
      conversationKey: CONV,
      lang: 'en',
      startedBy: STARTER,
      current: 0,
      status: 'open',
      startedAt: '2026-11-02T15:00:00.000Z',
    });
    expect(quiz.quizId).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(new Set(quiz.scenarioIds).size).toBe(3);
    const stored = await h.storage.read(`quiz/${CONV}/${quiz.quizId}`);
    expect(stored?.value).toEqual(quiz);
    for (const key of h.storage.written) expect(key).toMatch(KEY_PATTERN);
  });

  it('takes 3 to 5 questions and clamps other counts', async () => {
    for (const [asked, expected] of [
      [4, 4],
      [5, 5],
      [9, 5],
      [1, 3],
      [Number.NaN, 3],
    ] as const) {
      const quiz = await started(harness(), { count: asked });
      expect(quiz.scenarioIds).toHaveLength(expected);
    }
  });

  it('picks scenarios the conversation has not seen until the bank runs out', async () => {
    const h = harness();
    const first = await started(h);
    await h.quizzes.close({ ...first, personKey: STARTER.personKey, question: 0 });
    const second = await started(h);
    await h.quizzes.close({ ...second, personKey: STARTER.personKey, question: 0 });
    // The bank has 6: two quizzes of 3 use all of them, without repeating one.
    expect(new Set([...first.scenarioIds, ...second.scenarioIds]).size).toBe(6);
    // The third quiz reuses the ones seen longest ago: the first quiz's.
    const third = await started(h);
    expect([...third.scenarioIds].sort()).toEqual([...first.scenarioIds].sort());
  });

  it('keeps one open quiz per conversation: a second start returns the open one', async () => {
    const h = harness();
    const quiz = await started(h);
    const again = await h.quizzes.start({
      conversationKey: CONV,
      starter: { name: 'Someone Else', personKey: 'otherPersonKey01' },
      lang: 'fr',
    });
    expect(again).toEqual({ kind: 'already-open', quiz });
    // Another conversation is unaffected.
    await expect(started(h, { conversationKey: 'otherConv' })).resolves.toBeDefined();
    expect(await h.quizzes.open(CONV)).toEqual(quiz);
  });

  it('lets exactly one of many simultaneous starts win', async () => {
    const h = harness();
    const results = await Promise.all(
      Array.from({ length: 12 }, (_, i) =>
        h.quizzes.start({
          conversationKey: CONV,
          starter: { name: `P${i}`, personKey: `personKey${i}abc` },
          lang: 'en',
        }),
      ),
    );
    const winners = results.filter((r) => r.kind === 'started');
    expect(winners).toHaveLength(1);
    const ids = new Set(results.map((r) => r.quiz.quizId));
    expect(ids).toEqual(new Set([winners[0]!.quiz.quizId]));
    // The losers' drafts were removed: one quiz record in the conversation.
    const records = (await h.storage.list(`quiz/${CONV}/`)).filter(
      (k) => k.split('/').length === 3,
    );
    expect(records.sort()).toEqual(
      [`quiz/${CONV}/${winners[0]!.quiz.quizId}`, `quiz/${CONV}/state`].sort(),
    );
  });

  it('starts a new quiz after the open one is closed', async () => {
    const h = harness();
    const quiz = await started(h);
    await h.quizzes.close({ ...quiz, personKey: STARTER.personKey, question: 0 });
    expect(await h.quizzes.open(CONV)).toBeUndefined();
    expect((await started(h)).quizId).not.toBe(quiz.quizId);
  });

  it('closes a quiz left open longer than the stale limit when a new one starts', async () => {
    const h = harness();
    const old = await started(h);
    h.advance(STALE_AFTER_MS + 1);
    const fresh = await started(h);
    expect(fresh.quizId).not.toBe(old.quizId);
    expect((await h.quizzes.get(old))?.status).toBe('closed');
  });

  it('stores a French quiz as French and a flattened, bounded starter name', async () => {
    const h = harness();
    const result = await h.quizzes.start({
      conversationKey: CONV,
      starter: { name: `  Élise\n\nTremblay ${'x'.repeat(200)}`, personKey: STARTER.personKey },
      lang: 'fr',
    });
    expect(result.quiz.lang).toBe('fr');
    expect(result.quiz.startedBy.name.startsWith('Élise Tremblay x')).toBe(true);
    expect(result.quiz.startedBy.name).toHaveLength(100);
  });

  it('refuses unhashed keys and a bank too small for a quiz', async () => {
    const h = harness();
    await expect(
      h.quizzes.start({ conversationKey: '19:abc@thread.v2', starter: STARTER, lang: 'en' }),
    ).rejects.toThrow(InvalidKeyError);
    expect(() =>
      createQuizService({ storage: new MemoryStorage(), scenarios: SCENARIOS.slice(0, 2) }),
    ).toThrow(RangeError);
  });

  it('draws another id when a generated quiz id is already taken', async () => {
    const storage = new MemoryStorage();
    const ids = ['takenQuizId00001', 'takenQuizId00001', 'freshQuizId00002'];
    const quizzes = createQuizService({
      storage,
      scenarios: SCENARIOS,
      newQuizId: () => ids.shift()!,
    });
    await storage.write(`quiz/${CONV}/takenQuizId00001`, { conversationKey: 'elsewhere' });
    const result = await quizzes.start({ conversationKey: CONV, starter: STARTER, lang: 'en' });
    expect(result.quiz.quizId).toBe('freshQuizId00002');
  });

  it('goes through the whole real bank before repeating a scenario', async () => {
    const bank = loadScenarios(loadCatalogue());
    const quizzes = createQuizService({ storage: new MemoryStorage(), scenarios: bank });
    const seen: string[] = [];
    for (let i = 0; i < Math.floor(bank.length / 5); i++) {
      const { quiz } = await quizzes.start({
        conversationKey: CONV,
        starter: STARTER,
        count: 5,
        lang: 'en',
      });
      seen.push(...quiz.scenarioIds);
      await quizzes.close({ ...quiz, personKey: STARTER.personKey, question: 0 });
    }
    expect(new Set(seen).size).toBe(seen.length);
  });
});
