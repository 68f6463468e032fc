// The quiz's cards as the host sends them: the question for everyone, a question's results (for
// one person, or posted for everyone) and the closing summary. Shared by the command, the card
// actions and the timer, so each card is built one way wherever it is sent from.
import { quizQuestionCard } from './cards/question.js';
import { quizResultsCard, type QuizResultsInput } from './cards/results.js';
import { quizSummaryCard } from './cards/summary.js';
import type { QuizService } from './service.js';
import { isAnswerable } from './time-limit.js';
import type { QuizRecord, QuizSummary } from './types.js';
import type { CardJson, Reply } from '../../contract/activities.js';
import type { QuizNotice } from '../../i18n/team-cards.js';
import type { EntryLookup } from '../scenario/cards/parts.js';

/** The current question as everyone sees it. */
export function questionCard(
  quizzes: QuizService,
  quiz: QuizRecord,
  memberIds: readonly string[] | undefined,
  notice?: QuizNotice,
): CardJson {
  const scenario = quizzes.scenario(quiz.scenarioIds[quiz.current]!)!;
  return quizQuestionCard(
    {
      quizId: quiz.quizId,
      question: quiz.current,
      total: quiz.scenarioIds.length,
      starterName: quiz.startedBy.name,
      scenario,
      ...(memberIds ? { memberIds } : {}),
      ...(notice ? { notice } : {}),
      ...(quiz.timeLimitSec !== undefined ? { timeLimitSec: quiz.timeLimitSec } : {}),
    },
    quiz.lang,
  );
}

/** Who the results card is for: the starter's own view, someone else's, or everyone. */
export type ResultsAudience = 'starter' | 'member' | 'everyone';

export interface ResultsCard {
  readonly card: CardJson;
  /** Answers counted: what "shown to everyone" records, so the same tally is not posted twice. */
  readonly answered: number;
}

/** The results of `question`, or undefined when the quiz has no such question. */
export async function resultsCard(
  quizzes: QuizService,
  quiz: QuizRecord,
  question: number,
  audience: ResultsAudience,
  timeUp = false,
): Promise<ResultsCard | undefined> {
  const scenario = quizzes.scenario(quiz.scenarioIds[question] ?? '');
  const ref = { quizId: quiz.quizId, conversationKey: quiz.conversationKey };
  const tally = scenario && (await quizzes.tally({ ...ref, question }));
  if (!scenario || !tally) return undefined;
  // Moving on is offered only while the quiz is still at this question.
  const atCurrent = quiz.status === 'open' && question === quiz.current;
  const controls = !atCurrent || audience === 'member' ? undefined : audience;
  const input: QuizResultsInput = {
    quizId: quiz.quizId,
    question,
    total: quiz.scenarioIds.length,
    scenario,
    tally,
    live: isAnswerable(quiz, question, quizzes.now()),
    ...(controls ? { controls } : {}),
    timeUp,
  };
  return { card: quizResultsCard(input, quiz.lang), answered: tally.answered };
}

/** Posted for everyone when the quiz closes. */
export function summaryReply(
  quizzes: QuizService,
  lookup: EntryLookup,
  quiz: QuizRecord,
  summary: QuizSummary,
): Reply {
  const questions = summary.questions.map((q) => ({
    ...q,
    scenario: quizzes.scenario(q.scenarioId)!,
  }));
  return {
    lang: quiz.lang,
    card: quizSummaryCard({ questions, participants: summary.participants }, quiz.lang, lookup),
  };
}

/** Posted for everyone by the timer when a question's time runs out. */
export async function timeUpReply(
  quizzes: QuizService,
  quiz: QuizRecord,
  question: number,
): Promise<Reply | undefined> {
  const results = await resultsCard(quizzes, quiz, question, 'everyone', true);
  return results && { lang: quiz.lang, card: results.card };
}
