// Inputs for the quiz and scenario card tests: every card in both languages, in the shapes the
// host will build them (base message, one member's view, results, summary, weekly scenario).
import type { CardJson } from '../../../src/contract/activities.js';
import { quizPersonalCard } from '../../../src/features/quiz/cards/personal.js';
import {
  quizQuestionCard,
  type QuizQuestionInput,
} from '../../../src/features/quiz/cards/question.js';
import {
  quizResultsCard,
  type QuizResultsInput,
} from '../../../src/features/quiz/cards/results.js';
import {
  quizSummaryCard,
  type QuizSummaryInput,
} from '../../../src/features/quiz/cards/summary.js';
import { scenarioPersonalCard } from '../../../src/features/scenario/cards/personal.js';
import { scenarioCard } from '../../../src/features/scenario/cards/scenario.js';
import type { Lang } from '../../../src/guidance/types.js';
import { lookup } from '../../cards/fixtures.js';
import { amiraPetition, leaFiles, omarLike, samDog } from './scenarios.js';

export const QUIZ_ID = 'Q7xk2LmP9aB3cD4e';
export const memberIds = (n: number): string[] =>
  Array.from({ length: n }, (_, i) => `29:1member${String(i).padStart(3, '0')}`);

export const question: QuizQuestionInput = {
  quizId: QUIZ_ID,
  question: 1,
  total: 3,
  starterName: 'Dana Tremblay',
  memberIds: memberIds(4),
  scenario: amiraPetition,
};

export const results: QuizResultsInput = {
  quizId: QUIZ_ID,
  question: 1,
  total: 3,
  controls: 'starter',
  scenario: amiraPetition,
  tally: {
    answered: 7,
    byChoice: { appropriate: 1, risky: 5, inappropriate: 1 },
    correctShare: 5 / 7,
  },
  live: true,
};

export const summary: QuizSummaryInput = {
  participants: 8,
  questions: [
    { scenario: samDog, answered: 8, correctShare: 1 },
    { scenario: amiraPetition, answered: 7, correctShare: 5 / 7 },
    { scenario: omarLike, answered: 0, correctShare: null },
  ],
};

/** Every card the quiz and the weekly scenario can produce, in one language. */
export const allQuizCards = (lang: Lang): Array<[string, CardJson]> => [
  ['question', quizQuestionCard(question, lang)],
  ['question, one minute each', quizQuestionCard({ ...question, timeLimitSec: 60 }, lang)],
  [
    'question, last, no refresh',
    quizQuestionCard({ ...question, question: 2, memberIds: [] }, lang),
  ],
  [
    'question, one person’s view',
    quizQuestionCard({ ...question, showStarterControls: false, notice: 'not-current' }, lang),
  ],
  ['personal, right', quizPersonalCard({ ...question, choice: 'risky' }, lang, lookup)],
  [
    'personal, wrong, refused',
    quizPersonalCard({ ...question, choice: 'appropriate', refused: true }, lang, lookup),
  ],
  [
    'personal, no questions',
    quizPersonalCard(
      { ...question, scenario: samDog, choice: 'appropriate', showStarterControls: false },
      lang,
      lookup,
    ),
  ],
  ['results', quizResultsCard(results, lang)],
  [
    'results, posted for everyone when time ran out',
    quizResultsCard({ ...results, live: false, controls: 'everyone', timeUp: true }, lang),
  ],
  ['results, a member’s view', quizResultsCard({ ...results, controls: undefined }, lang)],
  [
    'results, none yet, final',
    quizResultsCard(
      { ...results, tally: { answered: 0, byChoice: {}, correctShare: null }, live: false },
      lang,
    ),
  ],
  ['summary', quizSummaryCard(summary, lang, lookup)],
  ['scenario', scenarioCard({ scenario: amiraPetition }, lang, lookup)],
  ['scenario without verdict', scenarioCard({ scenario: leaFiles }, lang, lookup)],
  [
    'scenario personal, wrong',
    scenarioPersonalCard({ scenario: amiraPetition, choice: 'appropriate' }, lang, lookup),
  ],
  [
    'scenario personal, right, no verdict',
    scenarioPersonalCard({ scenario: leaFiles, choice: 'inappropriate' }, lang, lookup),
  ],
];
