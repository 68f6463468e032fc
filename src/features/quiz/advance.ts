// Moving the quiz on: next question, or close. Only the starter may. Each change is one If-Match
// write of the quiz record, made only if the quiz is still at the question the click was made on:
// two clicks on "Next" (double click, retry, two devices) advance it once.
import type { QuizDeps } from './deps.js';
import { checkSegment, quizKey } from './keys.js';
import { MAX_ATTEMPTS, QuizConflictError, readQuiz, replaceQuiz } from './records.js';
import { summarize } from './summary.js';
import { withDeadline } from './time-limit.js';
import type { AdvanceResult, QuizRecord, QuizRef } from './types.js';

export interface AdvanceInput extends QuizRef {
  /** KeyHasher.person() of the person who clicked. */
  readonly personKey: string;
  /**
   * The question index the clicked card was showing (our cards send it with quiz.next/quiz.close).
   * Required: "move on from question n" is what makes a double click, a retry or a click on an old
   * card change nothing, however late it arrives.
   */
  readonly question: number;
}

type Step = 'next' | 'close';

/** The next question starts its own time limit; closing keeps the record as it was asked. */
function afterStep(quiz: QuizRecord, step: Step, at: Date): QuizRecord {
  const last = quiz.current >= quiz.scenarioIds.length - 1;
  if (step === 'next' && !last) return withDeadline({ ...quiz, current: quiz.current + 1 }, at);
  return { ...quiz, status: 'closed', closedAt: at.toISOString() };
}

async function settled(deps: QuizDeps, quiz: QuizRecord, changed: boolean): Promise<AdvanceResult> {
  if (quiz.status === 'closed')
    return { kind: 'closed', quiz, summary: await summarize(deps, quiz), changed };
  return { kind: 'advanced', quiz, changed };
}

async function advance(deps: QuizDeps, input: AdvanceInput, step: Step): Promise<AdvanceResult> {
  checkSegment(input.conversationKey);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const item = await readQuiz(deps, input);
    if (!item) return { kind: 'unknown-quiz' };
    const quiz = item.value;
    if (quiz.startedBy.personKey !== input.personKey) return { kind: 'not-starter', quiz };
    // Already closed, or already past the clicked question: report the state, change nothing.
    if (quiz.status === 'closed' || quiz.current !== input.question)
      return settled(deps, quiz, false);
    const next = afterStep(quiz, step, deps.now?.() ?? new Date());
    if (await replaceQuiz(deps, item, next)) return settled(deps, next, true);
    // The record changed under us (another click, or the host saving a message id): look again.
  }
  throw new QuizConflictError(quizKey(input));
}

/** Next question; on the last question, closes the quiz. */
export const nextQuestion = (deps: QuizDeps, input: AdvanceInput): Promise<AdvanceResult> =>
  advance(deps, input, 'next');

export const closeQuiz = (deps: QuizDeps, input: AdvanceInput): Promise<AdvanceResult> =>
  advance(deps, input, 'close');
