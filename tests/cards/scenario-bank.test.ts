// Every scenario of the real bank (src/scenarios/content/scenarios.json) on every quiz and scenario
// card, in both languages, with the real catalogue: long choice labels and long why-texts included.
import { describe, expect, it } from 'vitest';
import { quizPersonalCard } from '../../src/features/quiz/cards/personal.js';
import { quizQuestionCard } from '../../src/features/quiz/cards/question.js';
import { quizResultsCard } from '../../src/features/quiz/cards/results.js';
import { quizSummaryCard } from '../../src/features/quiz/cards/summary.js';
import { scenarioPersonalCard } from '../../src/features/scenario/cards/personal.js';
import { scenarioCard } from '../../src/features/scenario/cards/scenario.js';
import { loadCatalogue } from '../../src/guidance/load.js';
import { LANGS } from '../../src/guidance/types.js';
import { loadScenarios } from '../../src/scenarios/load.js';
import { memberIds } from '../features/quiz/card-inputs.js';
import { cardProblems } from './card-problems.js';
import { visibleText } from './card-walk.js';

const catalogue = loadCatalogue();
const lookup = (id: string) => catalogue.byId.get(id);
const bank = loadScenarios(catalogue);

describe.each(LANGS)('the scenario bank on cards (%s)', (lang) => {
  it.each(bank.map((s) => [s.id, s] as const))('%s renders on every card', (_, scenario) => {
    const ctx = {
      quizId: 'Q7xk2LmP9aB3cD4e',
      question: 4,
      total: 5,
      starterName: 'Dana Tremblay',
      memberIds: memberIds(60),
      scenario,
    };
    const byChoice = Object.fromEntries(scenario.choices.map((c) => [c.id, 17]));
    const cards = [
      quizQuestionCard(ctx, lang),
      ...scenario.choices.map((c) => quizPersonalCard({ ...ctx, choice: c.id }, lang, lookup)),
      quizResultsCard(
        {
          quizId: ctx.quizId,
          question: 4,
          scenario,
          tally: { answered: 17 * scenario.choices.length, byChoice, correctShare: 0.5 },
          live: true,
        },
        lang,
      ),
      scenarioCard({ scenario }, lang, lookup),
      ...scenario.choices.map((c) =>
        scenarioPersonalCard({ scenario, choice: c.id }, lang, lookup),
      ),
    ];
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
    // The personal view names the scenario's reflection questions with their why-texts.
    const own = visibleText(cards[1]!);
    for (const id of scenario.questions) expect(own).toContain(lookup(id)![lang].title);
  });

  it('gives a valid summary for the five longest scenarios', () => {
    const longest = [...bank]
      .sort((a, b) => JSON.stringify(b[lang]).length - JSON.stringify(a[lang]).length)
      .slice(0, 5);
    const card = quizSummaryCard(
      {
        participants: 250,
        questions: longest.map((scenario) => ({ scenario, answered: 250, correctShare: 0.62 })),
      },
      lang,
      lookup,
    );
    expect(cardProblems(card)).toEqual([]);
  });
});
