import { describe, expect, it } from 'vitest';
import { QUIZ_VERBS } from '../../../../src/contract/verbs.js';
import { quizResultsCard } from '../../../../src/features/quiz/cards/results.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { question, QUIZ_ID, results } from '../card-inputs.js';
import { amiraPetition } from '../scenarios.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, ofType, textBlocks, visibleText } from '../../../cards/card-walk.js';

const TEXT = {
  en: {
    heading: 'Results for question 2',
    answered: '7 answered',
    facts: [
      ['Appropriate', '1'],
      ['Potentially risky', '5'],
      ['Inappropriate', '1'],
    ],
    chosen: '71% chose the guidance’s answer',
    none: 'No answers yet.',
  },
  fr: {
    heading: 'Résultats de la question 2',
    answered: '7 réponses',
    facts: [
      ['Approprié', '1'],
      ['Potentiellement risqué', '5'],
      ['Inapproprié', '1'],
    ],
    chosen: '71\u202f% ont choisi la réponse des lignes directrices',
    none: "Aucune réponse pour l'instant.",
  },
} as const;

describe.each(LANGS)('quizResultsCard (%s)', (lang) => {
  const card = quizResultsCard(results, lang);

  it('renders a valid card', () => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('shows how many answered, the count per choice and the share that chose the guidance’s answer', () => {
    const blocks = textBlocks(card);
    expect(blocks[0]).toBe(TEXT[lang].heading);
    expect(blocks).toContain(TEXT[lang].answered);
    expect(blocks).toContain(TEXT[lang].chosen);
    const facts = ofType(card, 'FactSet')[0]?.facts as Array<{ title: string; value: string }>;
    expect(facts.map((f) => [f.title, f.value])).toEqual(TEXT[lang].facts);
  });

  it('then gives the guidance’s answer and why', () => {
    const text = visibleText(card);
    expect(text).toContain(amiraPetition[lang].explanation.split('\n\n')[0]);
    expect(text).toContain(lang === 'en' ? 'Potentially risky' : 'Potentiellement risqué');
  });

  it('holds counts only: no name, no starter', () => {
    const json = JSON.stringify(card);
    expect(json).not.toContain(question.starterName);
    expect(ofType(card, 'TextRun')).toEqual([]);
  });

  it('says when nobody has answered yet, without a share', () => {
    const empty = quizResultsCard(
      { ...results, tally: { answered: 0, byChoice: {}, correctShare: null } },
      lang,
    );
    expect(cardProblems(empty)).toEqual([]);
    expect(textBlocks(empty)).toContain(TEXT[lang].none);
    expect(ofType(empty, 'FactSet')).toEqual([]);
    expect(visibleText(empty)).not.toMatch(/%/);
  });

  it('offers update and back while the question is open, nothing once it is over', () => {
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([
      [QUIZ_VERBS.quizResults, { quizId: QUIZ_ID, question: 1 }],
      [QUIZ_VERBS.quizRefresh, { quizId: QUIZ_ID, question: 1 }],
    ]);
    const final = quizResultsCard({ ...results, live: false }, lang);
    expect(cardProblems(final)).toEqual([]);
    expect(executeActions(final)).toEqual([]);
  });
});
