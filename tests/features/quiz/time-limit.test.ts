// A time per question: the deadline is stored with the quiz, answers after it are refused politely,
// and the timer posts the question's results for everyone once, whoever runs it and however often,
// also after a restart. The starter's "Show results" posts a given tally once.
import { describe, expect, it, vi } from 'vitest';
import { createQuizTimer } from '../../../src/features/quiz/timer.js';
import { TIMERS_PREFIX } from '../../../src/features/quiz/keys.js';
import type { QuizRecord } from '../../../src/features/quiz/types.js';
import { choicesOf, harness, person, STARTER, started, type Harness } from './setup.js';

const starter = STARTER.personKey;

/** A timer over the harness's storage that records what it posts. */
function timerOf(h: Harness) {
  const posted: { quiz: QuizRecord; question: number }[] = [];
  const logger = { warn: vi.fn() };
  const timer = createQuizTimer({
    deps: h.deps,
    logger,
    post: (quiz, question) => {
      posted.push({ quiz, question });
      return Promise.resolve();
    },
  });
  return { timer, posted, logger };
}

describe('a quiz with a time limit', () => {
  it('stores the deadline of each question and a timer key for the quiz', async () => {
    const h = harness();
    const quiz = await started(h, { timeLimitSec: 60 });
    expect(quiz).toMatchObject({ timeLimitSec: 60, deadline: '2026-11-02T15:01:00.000Z' });
    expect(await h.storage.list(TIMERS_PREFIX)).toEqual([
      `${TIMERS_PREFIX}${quiz.conversationKey}/${quiz.quizId}`,
    ]);
    h.advance(20_000);
    const moved = await h.quizzes.next({ ...quiz, personKey: starter, question: 0 });
    // The next question gets its own full minute, from when it was asked.
    expect(moved).toMatchObject({
      kind: 'advanced',
      quiz: { current: 1, deadline: '2026-11-02T15:01:20.000Z' },
    });
  });

  it('has no deadline and no timer key without a limit', async () => {
    const h = harness();
    const quiz = await started(h);
    expect(quiz.deadline).toBeUndefined();
    expect(await h.storage.list(TIMERS_PREFIX)).toEqual([]);
  });

  it('counts answers until the deadline and refuses later ones, even before the timer ran', async () => {
    const h = harness();
    const quiz = await started(h, { timeLimitSec: 30 });
    const { right } = choicesOf(h, quiz, 0);
    h.advance(29_000);
    const inTime = await h.quizzes.answer({
      ...quiz,
      question: 0,
      personKey: person(1),
      choice: right,
    });
    expect(inTime.kind).toBe('recorded');
    h.advance(1_000);
    const late = await h.quizzes.answer({
      ...quiz,
      question: 0,
      personKey: person(2),
      choice: right,
    });
    expect(late.kind).toBe('time-up');
    // A Teams retry of the answer recorded in time still gets that person's view.
    const retry = await h.quizzes.answer({
      ...quiz,
      question: 0,
      personKey: person(1),
      choice: right,
    });
    expect(retry.kind).toBe('repeat');
    expect((await h.quizzes.tally({ ...quiz, question: 0 }))?.answered).toBe(1);
  });

  it('posts the results once the time is up, not before, and only once', async () => {
    const h = harness();
    const quiz = await started(h, { timeLimitSec: 30 });
    const { timer, posted } = timerOf(h);
    h.advance(29_000);
    expect(await timer.sweep()).toBe(0);
    h.advance(1_000);
    expect(await timer.sweep()).toBe(1);
    expect(posted.map((p) => [p.question, p.quiz.timedOut])).toEqual([[0, 0]]);
    expect(await timer.sweep()).toBe(0);
    h.advance(60_000);
    expect(await timer.sweep()).toBe(0);
    expect((await h.quizzes.get(quiz))?.status).toBe('open');
  });

  it('posts once when several instances sweep at the same moment', async () => {
    const h = harness();
    await started(h, { timeLimitSec: 10 });
    const instances = Array.from({ length: 6 }, () => timerOf(h));
    h.advance(10_000);
    const counts = await Promise.all(instances.map((i) => i.timer.sweep()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(1);
    expect(instances.flatMap((i) => i.posted)).toHaveLength(1);
  });

  it('posts after a restart: a new timer finds the question that ran out while none ran', async () => {
    const h = harness();
    const quiz = await started(h, { timeLimitSec: 10 });
    h.advance(3_600_000);
    const { timer, posted } = timerOf(h); // "after the restart": only storage is shared
    expect(await timer.sweep()).toBe(1);
    expect(posted[0]?.quiz.quizId).toBe(quiz.quizId);
  });

  it('does not post for a question the starter moved past in time, then times the next one', async () => {
    const h = harness();
    const quiz = await started(h, { timeLimitSec: 30 });
    const { timer, posted } = timerOf(h);
    h.advance(10_000);
    await h.quizzes.next({ ...quiz, personKey: starter, question: 0 });
    h.advance(25_000); // 35 s after question 1, 25 s into question 2
    expect(await timer.sweep()).toBe(0);
    h.advance(5_000);
    expect(await timer.sweep()).toBe(1);
    expect(posted.map((p) => p.question)).toEqual([1]);
  });

  it('refuses answers once its results are posted, whatever another instance’s clock says', async () => {
    const h = harness();
    const quiz = await started(h, { timeLimitSec: 10 });
    const { timer } = timerOf(h);
    await timer.sweep(new Date(Date.parse(quiz.deadline!) + 1)); // a clock slightly ahead
    const { right } = choicesOf(h, quiz, 0);
    const late = await h.quizzes.answer({
      ...quiz,
      question: 0,
      personKey: person(1),
      choice: right,
    });
    expect(late.kind).toBe('time-up');
  });

  it('forgets the timer key of a closed quiz, and logs a failed post without throwing', async () => {
    const h = harness();
    const quiz = await started(h, { timeLimitSec: 10 });
    const logger = { warn: vi.fn() };
    const failing = createQuizTimer({
      deps: h.deps,
      logger,
      post: () => Promise.reject(new Error('blocked')),
    });
    h.advance(10_000);
    expect(await failing.sweep()).toBe(1);
    expect(logger.warn).toHaveBeenCalledTimes(1);
    expect(JSON.stringify(logger.warn.mock.calls)).not.toContain(STARTER.name);
    await h.quizzes.close({ ...quiz, personKey: starter, question: 0 });
    await failing.sweep();
    expect(await h.storage.list(TIMERS_PREFIX)).toEqual([]);
  });

  it('forgets the timer key with the conversation', async () => {
    const h = harness();
    const quiz = await started(h, { timeLimitSec: 10 });
    await h.quizzes.forget(quiz.conversationKey);
    expect(await h.storage.list(TIMERS_PREFIX)).toEqual([]);
  });
});

describe('results shown to everyone', () => {
  it('posts a tally once: a double click or a second instance changes nothing', async () => {
    const h = harness();
    const quiz = await started(h);
    const show = (answered: number) => h.quizzes.markShown({ ...quiz, question: 0, answered });
    const first = await Promise.all(Array.from({ length: 5 }, () => show(3)));
    expect(first.filter(Boolean)).toHaveLength(1);
    expect(await show(3)).toBe(false);
    // A new answer since: the new tally may be shown.
    expect(await show(4)).toBe(true);
  });
});
