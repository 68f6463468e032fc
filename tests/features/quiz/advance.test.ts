import { describe, expect, it } from 'vitest';
import { choicesOf, harness, person, STARTER, started } from './setup.js';

const starter = STARTER.personKey;

describe('next and close', () => {
  it('moves to the next question for the starter only', async () => {
    const h = harness();
    const quiz = await started(h);
    const other = await h.quizzes.next({ ...quiz, personKey: person(1), question: 0 });
    expect(other.kind).toBe('not-starter');
    expect((await h.quizzes.close({ ...quiz, personKey: person(1), question: 0 })).kind).toBe(
      'not-starter',
    );
    expect((await h.quizzes.get(quiz))?.status).toBe('open');
    const moved = await h.quizzes.next({ ...quiz, personKey: starter, question: 0 });
    expect(moved).toMatchObject({ kind: 'advanced', changed: true, quiz: { current: 1 } });
  });

  it('advances once when Next is clicked many times at the same moment', async () => {
    const h = harness();
    const quiz = await started(h, { count: 5 });
    const results = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.quizzes.next({ ...quiz, personKey: starter, question: 0 }),
      ),
    );
    expect((await h.quizzes.get(quiz))?.current).toBe(1);
    expect(results.filter((r) => r.kind === 'advanced' && r.changed)).toHaveLength(1);
    expect(results.every((r) => r.kind === 'advanced' && r.quiz.current === 1)).toBe(true);
  });

  it('ignores a Next clicked on an older question card', async () => {
    const h = harness();
    const quiz = await started(h, { count: 4 });
    await h.quizzes.next({ ...quiz, personKey: starter, question: 0 });
    const stale = await h.quizzes.next({ ...quiz, personKey: starter, question: 0 });
    expect(stale).toMatchObject({ kind: 'advanced', changed: false, quiz: { current: 1 } });
    const closeOld = await h.quizzes.close({ ...quiz, personKey: starter, question: 0 });
    expect(closeOld).toMatchObject({ kind: 'advanced', changed: false });
  });

  it('closes the quiz when Next is clicked on the last question', async () => {
    const h = harness();
    const quiz = await started(h);
    await h.quizzes.next({ ...quiz, personKey: starter, question: 0 });
    await h.quizzes.next({ ...quiz, personKey: starter, question: 1 });
    const last = await h.quizzes.next({ ...quiz, personKey: starter, question: 2 });
    expect(last).toMatchObject({
      kind: 'closed',
      changed: true,
      quiz: { status: 'closed', current: 2, closedAt: '2026-11-02T15:00:00.000Z' },
    });
    const again = await h.quizzes.next({ ...quiz, personKey: starter, question: 2 });
    expect(again).toMatchObject({ kind: 'closed', changed: false });
  });

  it('closes once when Close is clicked many times at the same moment', async () => {
    const h = harness();
    const quiz = await started(h);
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        h.quizzes.close({ ...quiz, personKey: starter, question: 0 }),
      ),
    );
    expect(results.filter((r) => r.kind === 'closed' && r.changed)).toHaveLength(1);
    expect(results.every((r) => r.kind === 'closed')).toBe(true);
  });

  it('summarises the questions asked and counts distinct participants', async () => {
    const h = harness();
    const quiz = await started(h, { count: 4 });
    const q0 = choicesOf(h, quiz, 0);
    const q1 = choicesOf(h, quiz, 1);
    for (const [i, choice] of [q0.right, q0.right, q0.wrong, q0.right].entries())
      await h.quizzes.answer({ ...quiz, question: 0, personKey: person(i), choice });
    await h.quizzes.next({ ...quiz, personKey: starter, question: 0 });
    // person 0 answers again on question 1, person 9 only there: 5 distinct people in all.
    for (const [i, choice] of [
      [0, q1.wrong],
      [9, q1.right],
    ] as const)
      await h.quizzes.answer({ ...quiz, question: 1, personKey: person(i), choice });
    const closed = await h.quizzes.close({ ...quiz, personKey: starter, question: 1 });
    if (closed.kind !== 'closed') throw new Error(closed.kind);
    // Closed after question 2 of 4: the two questions never asked are left out.
    expect(closed.summary).toEqual({
      questions: [
        { scenarioId: quiz.scenarioIds[0], answered: 4, correctShare: 0.75 },
        { scenarioId: quiz.scenarioIds[1], answered: 2, correctShare: 0.5 },
      ],
      participants: 5,
    });
    expect(JSON.stringify(closed.summary)).not.toContain(person(0));
    expect(await h.quizzes.summary(quiz)).toEqual(closed.summary);
  });

  it('keeps a concurrent Next when the host saves a message id at the same moment', async () => {
    const h = harness();
    const quiz = await started(h);
    await Promise.all([
      h.quizzes.setMessageId({ ...quiz, question: 0, messageId: '1:abc' }),
      h.quizzes.next({ ...quiz, personKey: starter, question: 0 }),
      h.quizzes.setMessageId({ ...quiz, question: 1, messageId: '1:def' }),
    ]);
    const stored = await h.quizzes.get(quiz);
    expect(stored?.current).toBe(1);
    expect(stored?.messageIds).toEqual({ '0': '1:abc', '1': '1:def' });
  });

  it('knows no quiz for an unknown id', async () => {
    const h = harness();
    const quiz = await started(h);
    const ref = { conversationKey: quiz.conversationKey, quizId: 'noSuchQuizId0001' };
    expect((await h.quizzes.next({ ...ref, personKey: starter, question: 0 })).kind).toBe(
      'unknown-quiz',
    );
    expect(await h.quizzes.setMessageId({ ...ref, question: 0, messageId: 'x' })).toBeUndefined();
    expect(await h.quizzes.summary(ref)).toBeUndefined();
  });
});
