// Retention: quiz records and answers older than RETENTION_DAYS are deleted, newer ones kept, and
// what remains still adds up (tally, summary, a new quiz can start).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { purgeExpired } from '../../../src/features/retention/retention.js';
import { startRetentionJob } from '../../../src/features/retention/retention-job.js';
import { createQuizService, type QuizService } from '../../../src/features/quiz/service.js';
import type { QuizRecord } from '../../../src/features/quiz/types.js';
import { FileStorage } from '../../../src/storage/file.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import type { Storage } from '../../../src/storage/storage.js';
import { SCENARIOS } from '../quiz/scenarios.js';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-09-01T12:00:00Z');
const CONV = 'conv_retention01';
const OTHER = 'conv_retention02';
const STARTER = { name: 'Retention Starter Name', personKey: 'starterKey000001' };
const who = (i: number) => `person${String(i).padStart(4, '0')}`;

const backends: [string, () => Storage][] = [
  ['memory', () => new MemoryStorage()],
  ['file', () => new FileStorage(join(mkdtempSync(join(tmpdir(), 'smg-ret-')), 'store'))],
];

function world(makeStorage: () => Storage) {
  const storage = makeStorage();
  let now = T0;
  const quizzes: QuizService = createQuizService({
    storage,
    scenarios: SCENARIOS,
    now: () => new Date(now),
  });
  const at = (day: number) => {
    now = T0 + day * DAY;
  };
  const start = async (conversationKey = CONV): Promise<QuizRecord> => {
    const r = await quizzes.start({ conversationKey, starter: STARTER, lang: 'en' });
    if (r.kind !== 'started') throw new Error(r.kind);
    return r.quiz;
  };
  const answer = async (quiz: QuizRecord, question: number, person: number) => {
    const choice = quizzes.scenario(quiz.scenarioIds[question]!)!.correct;
    const r = await quizzes.answer({ ...quiz, question, personKey: who(person), choice });
    expect(r.kind).toBe('recorded');
  };
  const close = async (quiz: QuizRecord) => {
    const current = (await quizzes.get(quiz))!.current;
    const r = await quizzes.close({ ...quiz, personKey: STARTER.personKey, question: current });
    expect(r.kind).toBe('closed');
  };
  const purge = (day: number, retentionDays = 30) =>
    purgeExpired({ storage, now: new Date(T0 + day * DAY), retentionDays });
  const everything = async () => {
    const keys = await storage.list('');
    const values = await Promise.all(keys.map(async (k) => (await storage.read(k))?.value));
    return JSON.stringify(values);
  };
  return { storage, quizzes, at, start, answer, close, purge, everything };
}

describe.each(backends)('purgeExpired (%s storage)', (_name, makeStorage) => {
  it('deletes a closed quiz older than 30 days with its answers and starter name; keeps newer ones', async () => {
    const w = world(makeStorage);
    w.at(0);
    const old = await w.start();
    for (const p of [1, 2, 3]) await w.answer(old, 0, p);
    await w.close(old);
    w.at(10);
    const recent = await w.start(OTHER);
    for (const p of [1, 4]) await w.answer(recent, 0, p);
    await w.close(recent);

    // Day 29: nothing is 30 days old yet.
    expect(await w.purge(29)).toMatchObject({ quizzes: 0, answers: 0 });
    expect(await w.quizzes.get(old)).toBeDefined();

    const result = await w.purge(31);
    expect(result).toEqual({
      quizzes: 1,
      answers: 3,
      unmatchedQuestions: 0,
      unreadable: 0,
      leftovers: 0,
    });
    expect(await w.quizzes.get(old)).toBeUndefined();
    expect(await w.storage.list(`quiz/${CONV}/${old.quizId}`)).toEqual([]);
    // The newer quiz, its answers and its tally are untouched.
    expect(await w.quizzes.get(recent)).toBeDefined();
    expect((await w.quizzes.tally({ ...recent, question: 0 }))?.answered).toBe(2);
    // The recent quiz still carries its starter's name; the old one is nowhere.
    expect(await w.storage.list(`quiz/${OTHER}/`)).toHaveLength(4); // state, quiz, 2 answers
    expect((await w.everything()).split(STARTER.name)).toHaveLength(2);

    // Running again changes nothing.
    expect(await w.purge(31)).toMatchObject({ quizzes: 0, answers: 0 });
  });

  it('honours a configured number of days', async () => {
    const w = world(makeStorage);
    w.at(0);
    const quiz = await w.start();
    await w.answer(quiz, 0, 1);
    await w.close(quiz);
    expect(await w.purge(6, 7)).toMatchObject({ quizzes: 0 });
    expect(await w.purge(8, 7)).toMatchObject({ quizzes: 1, answers: 1 });
    w.at(0);
    const kept = await w.start(OTHER);
    await w.close(kept);
    expect(await w.purge(50, 90)).toMatchObject({ quizzes: 0 });
    expect(await w.purge(91, 90)).toMatchObject({ quizzes: 1 });
  });

  it('deletes a quiz abandoned (left open) for longer than the retention; a new quiz can start', async () => {
    const w = world(makeStorage);
    w.at(0);
    const abandoned = await w.start();
    await w.answer(abandoned, 0, 1);
    w.at(20);
    const young = await w.start(OTHER); // open, but only 11 days old at day 31
    expect(await w.purge(31)).toMatchObject({ quizzes: 1, answers: 1 });
    expect(await w.quizzes.get(abandoned)).toBeUndefined();
    expect(await w.quizzes.open(CONV)).toBeUndefined();
    expect((await w.quizzes.open(OTHER))?.quizId).toBe(young.quizId);
    w.at(31);
    const next = await w.quizzes.start({ conversationKey: CONV, starter: STARTER, lang: 'en' });
    expect(next.kind).toBe('started');
  });

  it('deletes single answers older than the retention and keeps the tally consistent', async () => {
    const w = world(makeStorage);
    w.at(0);
    const quiz = await w.start(); // 3 questions
    for (const p of [1, 2]) await w.answer(quiz, 0, p);
    w.at(28);
    const moved = await w.quizzes.next({ ...quiz, personKey: STARTER.personKey, question: 0 });
    expect(moved.kind).toBe('advanced');
    for (const p of [1, 3, 4]) await w.answer(quiz, 1, p);
    await w.close(quiz); // closed on day 28: the quiz itself is kept until day 58

    const result = await w.purge(31);
    expect(result).toEqual({
      quizzes: 0,
      answers: 2,
      unmatchedQuestions: 0,
      unreadable: 0,
      leftovers: 0,
    });
    expect(await w.quizzes.get(quiz)).toBeDefined();
    expect((await w.quizzes.tally({ ...quiz, question: 0 }))?.answered).toBe(0);
    expect(await w.quizzes.tally({ ...quiz, question: 1 })).toMatchObject({
      answered: 3,
      correctShare: 1,
    });
    const summary = await w.quizzes.summary(quiz);
    expect(summary?.participants).toBe(3); // people 1, 3 and 4: only what is still stored
    expect(summary?.questions.map((q) => q.answered)).toEqual([0, 3]);

    // On day 59 the quiz goes too, with the rest of its answers.
    expect(await w.purge(59)).toMatchObject({ quizzes: 1, answers: 3 });
    expect(await w.storage.list('quiz/')).toEqual([`quiz/${CONV}/state`]);
  });

  it('deletes old answers whose quiz is gone, and old unmatched question texts', async () => {
    const w = world(makeStorage);
    const old = new Date(T0).toISOString();
    const fresh = new Date(T0 + 30 * DAY).toISOString();
    await w.storage.write(`quiz/${CONV}/orphanQuiz01/a/0/${who(1)}`, {
      choice: 'x',
      answeredAt: old,
    });
    await w.storage.write(`quiz/${CONV}/orphanQuiz01/a/0/${who(2)}`, {
      choice: 'x',
      answeredAt: fresh,
    });
    await w.storage.write('usage/unmatched/2026-09-01/abcdefghijklmnop', { text: 'a', count: 1 });
    await w.storage.write('usage/unmatched/2026-10-02/abcdefghijklmnop', { text: 'b', count: 1 });
    await w.storage.write('usage/2026-09-01/instance00001', { notFound: 1 }); // anonymous counts stay
    expect(await w.purge(31)).toEqual({
      quizzes: 0,
      answers: 1,
      unmatchedQuestions: 1,
      unreadable: 0,
      leftovers: 0,
    });
    expect(await w.storage.list('quiz/')).toEqual([`quiz/${CONV}/orphanQuiz01/a/0/${who(2)}`]);
    expect(await w.storage.list('usage/')).toEqual([
      'usage/2026-09-01/instance00001',
      'usage/unmatched/2026-10-02/abcdefghijklmnop',
    ]);
  });

  it('keeps records whose dates cannot be read rather than guessing', async () => {
    const w = world(makeStorage);
    await w.storage.write(`quiz/${CONV}/brokenQuiz01`, { status: 'closed', startedAt: 'soon' });
    await w.storage.write(`quiz/${CONV}/brokenQuiz02/a/0/${who(1)}`, { choice: 'x' });
    expect(await w.purge(400)).toMatchObject({ quizzes: 0, answers: 0, unreadable: 2 });
    expect(await w.storage.list('quiz/')).toHaveLength(2);
  });
});

describe('the retention job', () => {
  it('purges at most once an hour per instance', async () => {
    const storage = new MemoryStorage();
    let now = T0;
    const job = startRetentionJob({
      storage,
      retentionDays: 30,
      now: () => new Date(now),
      schedule: false,
    });
    const write = () =>
      storage.write(`quiz/${CONV}/orphanQuiz01/a/0/${who(1)}`, {
        choice: 'x',
        answeredAt: new Date(now - 31 * DAY).toISOString(),
      });
    await write();
    expect(await job.run()).toMatchObject({ answers: 1 });
    await write();
    now += 59 * 60 * 1000;
    expect(await job.run()).toBeUndefined(); // 59 minutes later: not yet
    expect(await storage.list('quiz/')).toHaveLength(1);
    now += 60 * 1000;
    expect(await job.run()).toMatchObject({ answers: 1 });
    job.stop();
  });

  it('runs one purge at a time, and its timer stops', async () => {
    const storage = new MemoryStorage();
    const job = startRetentionJob({ storage, retentionDays: 30, minute: 7 });
    const [a, b] = await Promise.all([job.run(), job.run()]);
    expect(a).toBe(b);
    job.stop();
  });

  it('refuses a retention below one day', async () => {
    await expect(
      purgeExpired({ storage: new MemoryStorage(), now: new Date(), retentionDays: 0 }),
    ).rejects.toThrow(RangeError);
  });
});
