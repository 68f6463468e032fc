// Across every quiz and scenario card: actions carry ids (and lang), never display text; each
// Action.Execute has an Action.Submit fallback with the same data plus its verb; every card is
// valid, under 28 KB, with a fallback text.
import { describe, expect, it } from 'vitest';
import { QA_VERBS, QUIZ_VERBS, SCENARIO_VERBS } from '../../../../src/contract/verbs.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { allQuizCards } from '../card-inputs.js';
import { SCENARIOS } from '../scenarios.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { nodes, ofType } from '../../../cards/card-walk.js';
import { entries } from '../../../cards/fixtures.js';

const KNOWN_VERBS = new Set<string>([
  ...Object.values(QA_VERBS),
  ...Object.values(QUIZ_VERBS),
  ...Object.values(SCENARIO_VERBS),
]);
const ALLOWED_KEYS = ['quizId', 'question', 'choice', 'scenarioId', 'entryId', 'lang'];

describe.each(LANGS)('quiz and scenario cards (%s)', (lang) => {
  const cards = allQuizCards(lang);
  const displayTexts = new Set([
    ...SCENARIOS.flatMap((s) => [
      s[lang].title,
      s[lang].question,
      ...s.choices.map((c) => c[lang]),
    ]),
    ...entries.map((e) => e[lang].title),
  ]);

  it.each(cards)('%s: is valid, small, and has a fallback text', (_, card) => {
    expect(cardProblems(card)).toEqual([]);
    expect(typeof card.fallbackText).toBe('string');
    expect(String(card.fallbackText).length).toBeGreaterThan(20);
  });

  it.each(cards)('%s: actions carry ids only, with a known verb', (_, card) => {
    for (const action of ofType(card, 'Action.Execute')) {
      expect(KNOWN_VERBS.has(String(action.verb)), String(action.verb)).toBe(true);
      const data = action.data as Record<string, unknown>;
      for (const [key, value] of Object.entries(data)) {
        expect(ALLOWED_KEYS).toContain(key);
        expect(displayTexts.has(String(value)), `${key}: ${String(value)}`).toBe(false);
      }
      if ('lang' in data) expect(data.lang).toBe(lang);
      if ('question' in data) expect(Number.isInteger(data.question)).toBe(true);
    }
  });

  it.each(cards)(
    '%s: every Action.Execute falls back to an Action.Submit with the same data',
    (_, card) => {
      for (const action of ofType(card, 'Action.Execute')) {
        if (nodes(card.refresh).includes(action)) continue; // refresh needs no fallback: it is never clicked
        expect(action.fallback).toEqual({
          type: 'Action.Submit',
          title: action.title,
          data: { ...(action.data as object), verb: action.verb },
        });
      }
      expect(ofType(card, 'Action.Submit').length).toBe(
        ofType(card, 'Action.Execute').length - (card.refresh ? 1 : 0),
      );
    },
  );
});
