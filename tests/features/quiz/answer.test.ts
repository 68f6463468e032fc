import { describe, expect, it } from 'vitest';
import { KEY_PATTERN } from '../../../src/storage/storage.js';
import { choicesOf, CONV, harness, person, STARTER, started } from './setup.js';

describe('recordAnswer and tally', () => {
  it('counts three people once each', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right, wrong } = choicesOf(h, quiz, 0);
    const answers = [right, right, wrong];
    for (const [i, choice] of answers.entries()) {
      const result = await h.quizzes.answer({ ...quiz, question: 0, personKey: person(i), choice });
      expect(result.kind).toBe('recorded');
    }
    const tally = await h.quizzes.tally({ ...quiz, question: 0 });
    expect(tally?.answered).toBe(3);
    expect(tally?.byChoice[right]).toBe(2);
    expect(tally?.byChoice[wrong]).toBe(1);
    expect(tally?.correctShare).toBeCloseTo(2 / 3);
  });

  it('stores one create-only record per person at quiz/<conv>/<quizId>/a/<question>/<personKey>', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right } = choicesOf(h, quiz, 0);
    await h.quizzes.answer({ ...quiz, question: 0, personKey: person(1), choice: right });
    const key = `quiz/${CONV}/${quiz.quizId}/a/0/${person(1)}`;
    expect(key).toMatch(KEY_PATTERN);
    expect((await h.storage.read(key))?.value).toEqual({
      choice: right,
      answeredAt: '2026-11-02T15:00:00.000Z',
    });
  });

  it('counts a retried invoke once and answers it as a repeat', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right } = choicesOf(h, quiz, 0);
    const input = { ...quiz, question: 0, personKey: person(1), choice: right };
    const [a, b] = await Promise.all([h.quizzes.answer(input), h.quizzes.answer(input)]);
    expect([a.kind, b.kind].sort()).toEqual(['recorded', 'repeat']);
    expect((await h.quizzes.answer(input)).kind).toBe('repeat');
    expect((await h.quizzes.tally({ ...quiz, question: 0 }))?.answered).toBe(1);
  });

  it('refuses a different second answer and keeps the first', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right, wrong } = choicesOf(h, quiz, 0);
    const who = { ...quiz, question: 0, personKey: person(1) };
    await h.quizzes.answer({ ...who, choice: wrong });
    const second = await h.quizzes.answer({ ...who, choice: right });
    expect(second).toMatchObject({ kind: 'refused', previous: { choice: wrong } });
    const tally = await h.quizzes.tally({ ...quiz, question: 0 });
    expect(tally).toMatchObject({ answered: 1, correctShare: 0 });
    expect(tally?.byChoice[wrong]).toBe(1);
  });

  it('counts FIFTY people answering the same question at the same moment exactly', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right, wrong } = choicesOf(h, quiz, 0);
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        h.quizzes.answer({
          ...quiz,
          question: 0,
          personKey: person(i),
          choice: i % 5 === 0 ? wrong : right,
        }),
      ),
    );
    expect(results.every((r) => r.kind === 'recorded')).toBe(true);
    const tally = await h.quizzes.tally({ ...quiz, question: 0 });
    expect(tally?.answered).toBe(50);
    expect(tally?.byChoice[right]).toBe(40);
    expect(tally?.correctShare).toBe(0.8);
  });

  it('returns counts only: no person key or name in a tally', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right } = choicesOf(h, quiz, 0);
    await h.quizzes.answer({ ...quiz, question: 0, personKey: person(7), choice: right });
    const tally = await h.quizzes.tally({ ...quiz, question: 0 });
    expect(Object.keys(tally!).sort()).toEqual(['answered', 'byChoice', 'correctShare']);
    expect(JSON.stringify(tally)).not.toContain(person(7));
    expect(JSON.stringify(tally)).not.toContain(STARTER.name);
  });

  it('lists every choice in the tally, zero included, and null share when nobody answered', async () => {
    const h = harness();
    const quiz = await started(h);
    const { scenario } = choicesOf(h, quiz, 0);
    const tally = await h.quizzes.tally({ ...quiz, question: 0 });
    expect(tally).toEqual({
      answered: 0,
      byChoice: Object.fromEntries(scenario.choices.map((c) => [c.id, 0])),
      correctShare: null,
    });
  });

  it('refuses answers to a question that is not the current one', async () => {
    const h = harness();
    const quiz = await started(h);
    const later = choicesOf(h, quiz, 1);
    const ahead = await h.quizzes.answer({
      ...quiz,
      question: 1,
      personKey: person(1),
      choice: later.right,
    });
    expect(ahead.kind).toBe('not-current');
    const first = choicesOf(h, quiz, 0);
    await h.quizzes.next({ ...quiz, personKey: STARTER.personKey, question: 0 });
    const late = await h.quizzes.answer({
      ...quiz,
      question: 0,
      personKey: person(2),
      choice: first.right,
    });
    expect(late.kind).toBe('not-current');
    expect(
      (await h.quizzes.answer({ ...quiz, question: 99, personKey: person(2), choice: 'x' })).kind,
    ).toBe('not-current');
  });

  it('still answers a retry as a repeat after the quiz moved on', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right } = choicesOf(h, quiz, 0);
    const input = { ...quiz, question: 0, personKey: person(1), choice: right };
    await h.quizzes.answer(input);
    await h.quizzes.next({ ...quiz, personKey: STARTER.personKey, question: 0 });
    expect((await h.quizzes.answer(input)).kind).toBe('repeat');
  });

  it('refuses answers once the quiz is closed', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right } = choicesOf(h, quiz, 0);
    await h.quizzes.close({ ...quiz, personKey: STARTER.personKey, question: 0 });
    const result = await h.quizzes.answer({
      ...quiz,
      question: 0,
      personKey: person(1),
      choice: right,
    });
    expect(result.kind).toBe('closed');
    expect((await h.quizzes.tally({ ...quiz, question: 0 }))?.answered).toBe(0);
  });

  it('refuses a choice the scenario does not have', async () => {
    const h = harness();
    const quiz = await started(h);
    const result = await h.quizzes.answer({
      ...quiz,
      question: 0,
      personKey: person(1),
      choice: 'maybe',
    });
    expect(result.kind).toBe('unknown-choice');
  });

  it('knows no quiz for a malformed id, an unknown id or another conversation', async () => {
    const h = harness();
    const quiz = await started(h);
    const { right } = choicesOf(h, quiz, 0);
    const base = { question: 0, personKey: person(1), choice: right, conversationKey: CONV };
    for (const quizId of ['../state', 'state', 'noSuchQuizId0001', ''])
      expect((await h.quizzes.answer({ ...base, quizId })).kind).toBe('unknown-quiz');
    const elsewhere = await h.quizzes.answer({
      ...base,
      quizId: quiz.quizId,
      conversationKey: 'other',
    });
    expect(elsewhere.kind).toBe('unknown-quiz');
    expect(
      await h.quizzes.tally({ ...quiz, conversationKey: 'other', question: 0 }),
    ).toBeUndefined();
  });

  it('gives a person their own stored answer back, for the refresh', async () => {
    const h = harness();
    const quiz = await started(h);
    const { wrong } = choicesOf(h, quiz, 0);
    await h.quizzes.answer({ ...quiz, question: 0, personKey: person(1), choice: wrong });
    const mine = { ...quiz, question: 0, personKey: person(1) };
    expect(await h.quizzes.answerOf(mine)).toMatchObject({ choice: wrong });
    expect(await h.quizzes.answerOf({ ...mine, personKey: person(2) })).toBeUndefined();
    expect(await h.quizzes.answerOf({ ...mine, question: 1 })).toBeUndefined();
    expect(await h.quizzes.answerOf({ ...mine, quizId: '../x' })).toBeUndefined();
  });
});
