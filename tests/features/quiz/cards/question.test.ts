import { describe, expect, it } from 'vitest';
import { QUIZ_VERBS } from '../../../../src/contract/verbs.js';
import { quizQuestionCard } from '../../../../src/features/quiz/cards/question.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { memberIds, question, QUIZ_ID } from '../card-inputs.js';
import { amiraPetition } from '../scenarios.js';
import { cardProblems } from '../../../cards/card-problems.js';
import {
  executeActions,
  nodes,
  ofType,
  textBlocks,
  textRuns,
  visibleText,
} from '../../../cards/card-walk.js';
import { HOSTILE_QUESTION } from '../../../cards/fixtures.js';

const TEXT = {
  en: { startedBy: 'Quiz started by ', progress: 'Question 2 of 3' },
  fr: { startedBy: 'Questionnaire lancé par ', progress: 'Question 2 sur 3' },
} as const;

const verbsOf = (card: object) => executeActions(card).map((a) => a.verb);

describe.each(LANGS)('quizQuestionCard (%s)', (lang) => {
  const card = quizQuestionCard(question, lang);

  it('renders a valid card', () => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('says who started the quiz (name in a TextRun) and which question this is', () => {
    expect(textRuns(card)).toEqual([TEXT[lang].startedBy, 'Dana Tremblay']);
    expect(textBlocks(card)).toContain(TEXT[lang].progress);
  });

  it('shows the scenario: title, situation, question', () => {
    const local = amiraPetition[lang];
    const text = visibleText(card);
    for (const part of [local.title, local.situation, local.question]) expect(text).toContain(part);
  });

  it('offers each choice as an Action.Execute carrying quizId, question index and choice id', () => {
    const answers = executeActions(card).filter((a) => a.verb === QUIZ_VERBS.quizAnswer);
    expect(answers.map((a) => a.data)).toEqual(
      amiraPetition.choices.map((c) => ({ quizId: QUIZ_ID, question: 1, choice: c.id })),
    );
    expect(answers.map((a) => a.title)).toEqual(amiraPetition.choices.map((c) => c[lang]));
  });

  it('offers results to everyone, and next/close (honoured for the starter only)', () => {
    expect(verbsOf(card)).toEqual(
      expect.arrayContaining([QUIZ_VERBS.quizResults, QUIZ_VERBS.quizNext, QUIZ_VERBS.quizClose]),
    );
    for (const a of executeActions(card).filter((x) => x.verb !== QUIZ_VERBS.quizAnswer))
      expect(a.data).toEqual({ quizId: QUIZ_ID, question: 1 });
  });

  it('drops "Next question" on the last question and keeps "Close quiz"', () => {
    const last = quizQuestionCard({ ...question, question: 2 }, lang);
    expect(verbsOf(last)).not.toContain(QUIZ_VERBS.quizNext);
    expect(verbsOf(last)).toContain(QUIZ_VERBS.quizClose);
  });

  it('leaves out the starter buttons on a view made for someone else', () => {
    const other = quizQuestionCard({ ...question, showStarterControls: false }, lang);
    expect(verbsOf(other)).not.toContain(QUIZ_VERBS.quizNext);
    expect(verbsOf(other)).not.toContain(QUIZ_VERBS.quizClose);
    expect(cardProblems(other)).toEqual([]);
  });

  it('shows a polite notice when asked (e.g. a quiz is already running)', () => {
    const noticed = quizQuestionCard({ ...question, notice: 'already-open' }, lang);
    expect(cardProblems(noticed)).toEqual([]);
    expect(textBlocks(noticed)[0]).toMatch(lang === 'en' ? /already running/ : /déjà en cours/);
    expect(textBlocks(card)[0]).toBe(TEXT[lang].progress);
  });
});

describe('refresh', () => {
  it('lists up to 60 member ids for automatic refresh, with quizId and question', () => {
    const ids = memberIds(60);
    const card = quizQuestionCard({ ...question, memberIds: ids }, 'en');
    expect(cardProblems(card)).toEqual([]);
    expect(card.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: QUIZ_VERBS.quizRefresh,
        data: { quizId: QUIZ_ID, question: 1 },
      },
      userIds: ids,
    });
    // With automatic refresh there is no manual button.
    expect(verbsOf({ body: card.body, actions: card.actions })).not.toContain(
      QUIZ_VERBS.quizRefresh,
    );
  });

  it.each([
    ['61 members', memberIds(61)],
    ['no member list', undefined],
    ['an empty member list', []],
  ])('with %s: no refresh block, a manual Refresh button instead', (_, ids) => {
    const card = quizQuestionCard({ ...question, memberIds: ids }, 'en');
    expect(cardProblems(card)).toEqual([]);
    expect(card).not.toHaveProperty('refresh');
    const refresh = executeActions(card).filter((a) => a.verb === QUIZ_VERBS.quizRefresh);
    expect(refresh).toEqual([
      expect.objectContaining({ title: 'Refresh', data: { quizId: QUIZ_ID, question: 1 } }),
    ]);
  });
});

describe('starter name', () => {
  it.each(LANGS)('(%s) is shown literally, only inside a TextRun', (lang) => {
    const card = quizQuestionCard({ ...question, starterName: HOSTILE_QUESTION }, lang);
    expect(cardProblems(card)).toEqual([]);
    expect(textRuns(card)).toContain(HOSTILE_QUESTION.replace('${', '$\u2060{'));
    const holders = nodes(card).filter((n) =>
      Object.values(n).some((v) => typeof v === 'string' && v.includes('evil.example')),
    );
    expect(holders.map((n) => n.type)).toEqual(['TextRun']);
    expect(card.fallbackText).not.toContain('evil.example');
  });

  it('falls back to a neutral phrase when Teams gave no name', () => {
    expect(textRuns(quizQuestionCard({ ...question, starterName: '  ' }, 'en'))).toContain(
      'a team member',
    );
  });
});

describe('old clients', () => {
  it('get a card-level fallback text and an Action.Submit fallback on every Action.Execute', () => {
    const card = quizQuestionCard({ ...question, memberIds: [] }, 'fr');
    expect(card.fallbackText).toMatch(/^Question 2 sur 3 : La pétition d’Amira\. /);
    const executes = ofType(card, 'Action.Execute');
    expect(executes.length).toBeGreaterThan(4);
    for (const action of executes)
      expect(action.fallback).toEqual({
        type: 'Action.Submit',
        title: action.title,
        data: { ...(action.data as object), verb: action.verb },
      });
  });
});
