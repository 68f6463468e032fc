// A whole quiz in French, as the Teams host will drive it: start, post the question, members answer
// (one retries, one changes their mind), results, next, close, summary. Cards use the real
// catalogue, so the why-texts are the guidance's own, and every card must stay valid and small.
import { describe, expect, it } from 'vitest';
import { quizPersonalCard } from '../../../src/features/quiz/cards/personal.js';
import { quizQuestionCard } from '../../../src/features/quiz/cards/question.js';
import { quizResultsCard } from '../../../src/features/quiz/cards/results.js';
import { quizSummaryCard } from '../../../src/features/quiz/cards/summary.js';
import { loadCatalogue } from '../../../src/guidance/load.js';
import type { QuizRecord } from '../../../src/features/quiz/types.js';
import { cardProblems } from '../../cards/card-problems.js';
import { textBlocks, textRuns } from '../../cards/card-walk.js';
import { memberIds } from './card-inputs.js';
import { choicesOf, harness, person, STARTER, started } from './setup.js';

const catalogue = loadCatalogue();
const lookup = (id: string) => catalogue.byId.get(id);

const context = (quiz: QuizRecord, h: ReturnType<typeof harness>) => ({
  quizId: quiz.quizId,
  question: quiz.current,
  total: quiz.scenarioIds.length,
  starterName: quiz.startedBy.name,
  memberIds: memberIds(5),
  scenario: h.quizzes.scenario(quiz.scenarioIds[quiz.current]!)!,
});

describe('a French quiz from start to summary', () => {
  it('runs with valid cards at every step', async () => {
    const h = harness();
    const quiz = await started(h, { lang: 'fr' });
    expect(quiz.lang).toBe('fr');

    const posted = quizQuestionCard(context(quiz, h), quiz.lang);
    expect(cardProblems(posted)).toEqual([]);
    expect(textRuns(posted)).toEqual(['Questionnaire lancé par ', STARTER.name]);
    expect(textBlocks(posted)).toContain('Question 1 sur 3');

    const { right, wrong } = choicesOf(h, quiz, 0);
    const answer = (i: number, choice: string) =>
      h.quizzes.answer({ ...quiz, question: 0, personKey: person(i), choice });
    expect((await answer(1, right)).kind).toBe('recorded');
    expect((await answer(1, right)).kind).toBe('repeat');
    expect((await answer(2, wrong)).kind).toBe('recorded');
    const changed = await answer(2, right);
    expect(changed.kind).toBe('refused');
    if (changed.kind !== 'refused') return;

    const own = quizPersonalCard(
      {
        ...context(quiz, h),
        choice: changed.previous.choice,
        refused: true,
        showStarterControls: false,
      },
      quiz.lang,
      lookup,
    );
    expect(cardProblems(own)).toEqual([]);
    expect(textBlocks(own)[0]).toMatch(
      /^Vous avez déjà répondu : .+\. Seule votre première réponse compte\.$/,
    );
    expect(textBlocks(own)).toContain('❌ Pas tout à fait');

    const tally = await h.quizzes.tally({ ...quiz, question: 0 });
    expect(tally).toMatchObject({ answered: 2, correctShare: 0.5 });
    const resultsCard = quizResultsCard(
      {
        quizId: quiz.quizId,
        question: 0,
        scenario: context(quiz, h).scenario,
        tally: tally!,
        live: true,
      },
      quiz.lang,
    );
    expect(cardProblems(resultsCard)).toEqual([]);
    expect(textBlocks(resultsCard)).toContain('2 réponses');
    expect(textBlocks(resultsCard)).toContain(
      '50\u202f% ont choisi la réponse des lignes directrices',
    );

    const moved = await h.quizzes.next({ ...quiz, personKey: STARTER.personKey, question: 0 });
    if (moved.kind !== 'advanced') throw new Error(moved.kind);
    expect(textBlocks(quizQuestionCard(context(moved.quiz, h), 'fr'))).toContain(
      'Question 2 sur 3',
    );
    await h.quizzes.answer({
      ...quiz,
      question: 1,
      personKey: person(3),
      choice: choicesOf(h, quiz, 1).right,
    });

    const closed = await h.quizzes.close({ ...quiz, personKey: STARTER.personKey, question: 1 });
    if (closed.kind !== 'closed') throw new Error(closed.kind);
    expect(closed.summary.participants).toBe(3);
    const summaryCard = quizSummaryCard(
      {
        participants: closed.summary.participants,
        questions: closed.summary.questions.map((q) => ({
          ...q,
          scenario: h.quizzes.scenario(q.scenarioId)!,
        })),
      },
      'fr',
      lookup,
    );
    expect(cardProblems(summaryCard)).toEqual([]);
    expect(textBlocks(summaryCard)).toContain('3 participants');
    expect(JSON.stringify(summaryCard)).not.toContain(STARTER.name);
  });

  it('keeps a personal view with the real catalogue’s longest why-texts under 28 KB', () => {
    const reflection = catalogue.entries.filter((e) => e.kind === 'reflection-question');
    const h = harness();
    const scenario = {
      ...h.quizzes.scenario('sc-amira-petition')!,
      questions: reflection.map((q) => q.id),
    };
    for (const lang of ['en', 'fr'] as const) {
      const card = quizPersonalCard(
        {
          quizId: 'Q7xk2LmP9aB3cD4e',
          question: 0,
          total: 5,
          starterName: 'x'.repeat(500),
          memberIds: memberIds(60),
          scenario,
          choice: 'risky',
        },
        lang,
        lookup,
      );
      expect(cardProblems(card)).toEqual([]);
    }
  });
});
