// The small readers at the quiz's edges: the start command, card data, scenario picking.
import { describe, expect, it } from 'vitest';
import { quizActionData } from '../../../src/features/quiz/action-data.js';
import { parseQuizCommand } from '../../../src/features/quiz/command.js';
import { clampCount, pickScenarios, shuffle } from '../../../src/features/quiz/pick.js';

describe('parseQuizCommand', () => {
  it.each([
    ['quiz', {}],
    ['Quiz 4', { count: 4 }],
    ['  quiz 3. ', { count: 3 }],
    ['questionnaire', { lang: 'fr' }],
    ['Questionnaire 5', { count: 5, lang: 'fr' }],
    ['quiz 12', { count: 12 }],
    // A time per question: seconds or minutes, after the count or alone, in both languages.
    ['quiz 4 60s', { count: 4, timeLimitSec: 60 }],
    ['quiz 4 1 min', { count: 4, timeLimitSec: 60 }],
    ['quiz 4 90 sec', { count: 4, timeLimitSec: 90 }],
    ['quiz 2 minutes', { timeLimitSec: 120 }],
    ['quiz 45s', { timeLimitSec: 45 }],
    ['quiz 4 60', { count: 4, timeLimitSec: 60 }],
    ['Questionnaire 4 60 s', { count: 4, lang: 'fr', timeLimitSec: 60 }],
    ['questionnaire 3 2 min', { count: 3, lang: 'fr', timeLimitSec: 120 }],
    ['questionnaire 90 secondes', { lang: 'fr', timeLimitSec: 90 }],
    // Out of range: clamped to 10 s … 10 min, as the count is; 0 means no limit.
    ['quiz 4 3s', { count: 4, timeLimitSec: 10 }],
    ['quiz 4 30 min', { count: 4, timeLimitSec: 600 }],
    ['quiz 4 0s', { count: 4 }],
  ])('reads %j', (text, expected) => {
    expect(parseQuizCommand(text)).toEqual(expected);
  });

  it.each([
    'quiz me on petitions',
    'what is a quiz?',
    'quizz',
    '',
    'questionnaire sur les pétitions',
    'quiz 123',
    'quiz 4 60 hours',
    'quiz 4 1 minute please',
  ])('leaves %j to the Q&A', (text) => {
    expect(parseQuizCommand(text)).toBeUndefined();
  });
});

describe('quizActionData', () => {
  it('keeps ids and drops anything else', () => {
    expect(
      quizActionData({ quizId: 'abcdefgh12345678', question: 1, choice: 'risky', title: 'x' }),
    ).toEqual({ quizId: 'abcdefgh12345678', question: 1, choice: 'risky' });
    expect(quizActionData({ quizId: 'abcdefgh12345678', question: '2' })).toEqual({
      quizId: 'abcdefgh12345678',
      question: 2,
    });
  });

  it('refuses a missing or malformed quiz id and ignores bad fields', () => {
    expect(quizActionData({ question: 1 })).toBeUndefined();
    expect(quizActionData({ quizId: '../../state' })).toBeUndefined();
    expect(quizActionData({ quizId: 'abcdefgh12345678', question: -1, choice: 'a b' })).toEqual({
      quizId: 'abcdefgh12345678',
    });
    expect(quizActionData({ quizId: 'abcdefgh12345678', question: 1.5 })).toEqual({
      quizId: 'abcdefgh12345678',
    });
  });
});

describe('pickScenarios', () => {
  const bank = ['a', 'b', 'c', 'd', 'e'];
  const fixed = () => 0.5;

  it('prefers scenarios never used, then the least recently used', () => {
    expect(pickScenarios(bank, ['a', 'b'], 3, fixed).sort()).toEqual(['c', 'd', 'e']);
    // Recent is most-recent-first: once c, d, e are taken, the oldest of the rest (a) comes first.
    expect(pickScenarios(bank, ['c', 'd', 'b', 'a'], 3, fixed)).toEqual(['e', 'a', 'b']);
  });

  it('never repeats an id and returns fewer only when the bank is smaller', () => {
    expect(pickScenarios(['a', 'a', 'b'], [], 3, Math.random).sort()).toEqual(['a', 'b']);
  });

  it('shuffles with the given random source, keeping every item', () => {
    expect(shuffle(bank, () => 0)).toEqual(['b', 'c', 'd', 'e', 'a']);
    expect(shuffle(bank, () => 0.999).sort()).toEqual(bank);
  });

  it('clamps counts to the allowed range', () => {
    expect(clampCount(undefined, 3, 5, 3)).toBe(3);
    expect(clampCount(4.4, 3, 5, 3)).toBe(4);
    expect(clampCount(0, 3, 5, 3)).toBe(3);
    expect(clampCount(Infinity, 3, 5, 3)).toBe(3);
  });
});
