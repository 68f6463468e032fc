import { describe, expect, it } from 'vitest';
import { QUIZ_VERBS } from '../../../../src/contract/verbs.js';
import { quizResultsCard } from '../../../../src/features/quiz/cards/results.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { question, QUIZ_ID, results } from '../card-inputs.js';
import { amiraPetition } from '../scenarios.js';
import { cardProblems } from '../../../cards/card-problems.js';
import {
  executeActions,
  nodes,
  ofType,
  textBlocks,
  visibleText,
} from '../../../cards/card-walk.js';

const TEXT = {
  en: {
    heading: 'Results for question 2',
    answered: '7 answered',
    bars: [
      ['Appropriate', '1 (14%)'],
      ['✅ Potentially risky (the guidance’s answer)', '5 (71%)'],
      ['Inappropriate', '1 (14%)'],
    ],
    chosen: '71% chose the guidance’s answer',
    none: 'No answers yet.',
    timeUp: 'Time is up! Here are the results.',
    starterOnly: /work only for the person who started the quiz/,
  },
  fr: {
    heading: 'Résultats de la question 2',
    answered: '7 réponses',
    bars: [
      ['Approprié', '1 (14\u202f%)'],
      ['✅ Potentiellement risqué (la réponse des lignes directrices)', '5 (71\u202f%)'],
      ['Inapproprié', '1 (14\u202f%)'],
    ],
    chosen: '71\u202f% ont choisi la réponse des lignes directrices',
    none: "Aucune réponse pour l'instant.",
    timeUp: 'Le temps est écoulé! Voici les résultats.',
    starterOnly: /ne fonctionnent que pour la personne qui a lancé le questionnaire/,
  },
} as const;

type Node = Readonly<Record<string, unknown>>;
/** Each choice's row: [label, count] from its first ColumnSet, [fill, rest] weights from its bar. */
function bars(card: Node) {
  const sets = ofType(card, 'ColumnSet');
  const rows: { text: string[]; widths: unknown[]; styles: unknown[] }[] = [];
  for (let i = 0; i + 1 < sets.length; i += 2) {
    const [label, bar] = [sets[i]!, sets[i + 1]!];
    const columns = bar.columns as Node[];
    rows.push({
      text: textBlocks(label),
      widths: columns.map((c) => c.width),
      styles: columns.map((c) => c.style),
    });
  }
  return rows;
}

const verbs = (card: Node) => executeActions(card).map((a) => a.verb);

describe.each(LANGS)('quizResultsCard (%s)', (lang) => {
  const card = quizResultsCard(results, lang);

  it('renders a valid card', () => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('shows how many answered, a bar per choice with its count and share, and the share that chose the guidance’s answer', () => {
    const blocks = textBlocks(card);
    expect(blocks[0]).toBe(TEXT[lang].heading);
    expect(blocks).toContain(TEXT[lang].answered);
    expect(blocks).toContain(TEXT[lang].chosen);
    const rows = bars(card);
    expect(rows.map((r) => r.text)).toEqual(TEXT[lang].bars);
    // Column weights proportional to the counts (1, 5 and 1 of 7), the rest of each row empty.
    expect(rows.map((r) => r.widths)).toEqual([
      [14, 86],
      [71, 29],
      [14, 86],
    ]);
    // The guidance's answer is marked in words and icon; its bar colour only repeats it.
    expect(rows.map((r) => r.styles[0])).toEqual(['accent', 'good', 'accent']);
  });

  it('draws no filled bar for a choice nobody made, and a full one for a unanimous answer', () => {
    const unanimous = quizResultsCard(
      {
        ...results,
        tally: {
          answered: 4,
          byChoice: { appropriate: 0, risky: 4, inappropriate: 0 },
          correctShare: 1,
        },
      },
      lang,
    );
    expect(cardProblems(unanimous)).toEqual([]);
    expect(bars(unanimous).map((r) => [r.widths, r.styles])).toEqual([
      [[100], ['emphasis']],
      [[100], ['good']],
      [[100], ['emphasis']],
    ]);
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

  it('says when nobody has answered yet, without bars or a share', () => {
    const empty = quizResultsCard(
      { ...results, tally: { answered: 0, byChoice: {}, correctShare: null } },
      lang,
    );
    expect(cardProblems(empty)).toEqual([]);
    expect(textBlocks(empty)).toContain(TEXT[lang].none);
    expect(ofType(empty, 'ColumnSet')).toEqual([]);
    expect(visibleText(empty)).not.toMatch(/%/);
  });

  it('gives the starter update, back, next and close while the question is open', () => {
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([
      [QUIZ_VERBS.quizResults, { quizId: QUIZ_ID, question: 1 }],
      [QUIZ_VERBS.quizRefresh, { quizId: QUIZ_ID, question: 1 }],
      [QUIZ_VERBS.quizNext, { quizId: QUIZ_ID, question: 1 }],
      [QUIZ_VERBS.quizClose, { quizId: QUIZ_ID, question: 1 }],
    ]);
    // Their own view: no note that only the starter can move on.
    expect(visibleText(card)).not.toMatch(TEXT[lang].starterOnly);
  });

  it('gives someone else update and back only, and the last question no "Next"', () => {
    const member = quizResultsCard({ ...results, controls: undefined }, lang);
    expect(verbs(member)).toEqual([QUIZ_VERBS.quizResults, QUIZ_VERBS.quizRefresh]);
    const last = quizResultsCard({ ...results, question: 2 }, lang);
    expect(verbs(last)).toEqual([
      QUIZ_VERBS.quizResults,
      QUIZ_VERBS.quizRefresh,
      QUIZ_VERBS.quizClose,
    ]);
  });

  it('posted for everyone when time ran out: says so, keeps the starter’s controls, with the note', () => {
    const posted = quizResultsCard(
      { ...results, live: false, controls: 'everyone', timeUp: true },
      lang,
    );
    expect(cardProblems(posted)).toEqual([]);
    expect(textBlocks(posted)[0]).toBe(TEXT[lang].timeUp);
    expect(verbs(posted)).toEqual([QUIZ_VERBS.quizNext, QUIZ_VERBS.quizClose]);
    expect(visibleText(posted)).toMatch(TEXT[lang].starterOnly);
  });

  it('offers nothing once the quiz has moved past the question', () => {
    const final = quizResultsCard({ ...results, live: false, controls: undefined }, lang);
    expect(cardProblems(final)).toEqual([]);
    expect(executeActions(final)).toEqual([]);
    expect(nodes(final).some((n) => n.type === 'Action.Submit')).toBe(false);
  });
});
