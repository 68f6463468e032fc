// Recording one person's answer. Each answer is its own record, written create-only under the
// person's key: no shared counter to contend on, so fifty people answering at once are fifty
// independent writes, and a person's second click can never replace their first.
import type { Scenario } from '../../scenarios/types.js';
import { nowIso, scenarioById, type QuizDeps } from './deps.js';
import { answerKey, checkSegment, isQuizId } from './keys.js';
import { isPreconditionFailed, readQuiz } from './records.js';
import { isAnswerable } from './time-limit.js';
import type { AnswerRecord, AnswerResult, QuizRecord, QuizRef } from './types.js';

export interface RecordAnswerInput extends QuizRef {
  /** Question index (0-based) from the card's data. */
  readonly question: number;
  /** KeyHasher.person() of the person who clicked. */
  readonly personKey: string;
  /** A ScenarioChoice id from the card's data. */
  readonly choice: string;
}

/** The scenario asked at `question`, or undefined for an index the quiz does not have. */
export function scenarioAt(
  deps: QuizDeps,
  quiz: QuizRecord,
  question: number,
): Scenario | undefined {
  if (!Number.isInteger(question) || question < 0) return undefined;
  return scenarioById(deps, quiz.scenarioIds[question]);
}

async function readAnswer(deps: QuizDeps, key: string): Promise<AnswerRecord | undefined> {
  return (await deps.storage.read<AnswerRecord>(key))?.value;
}

export interface AnswerOfInput extends QuizRef {
  readonly question: number;
  readonly personKey: string;
}

/**
 * A person's stored answer to a question, for the refresh that shows them their own view again.
 * Only ever their own: the host passes the key of the person whose card is refreshing.
 */
export async function answerOf(
  deps: QuizDeps,
  input: AnswerOfInput,
): Promise<AnswerRecord | undefined> {
  checkSegment(input.conversationKey);
  checkSegment(input.personKey);
  if (!isQuizId(input.quizId) || !Number.isInteger(input.question) || input.question < 0)
    return undefined;
  return readAnswer(deps, answerKey(input, input.question, input.personKey));
}

export async function recordAnswer(
  deps: QuizDeps,
  input: RecordAnswerInput,
): Promise<AnswerResult> {
  const { question, personKey, choice } = input;
  checkSegment(input.conversationKey);
  checkSegment(personKey);
  const quiz = (await readQuiz(deps, input))?.value;
  if (!quiz) return { kind: 'unknown-quiz' };
  const scenario = scenarioAt(deps, quiz, question);
  if (!scenario) return { kind: 'not-current', quiz };
  if (!scenario.choices.some((c) => c.id === choice)) return { kind: 'unknown-choice', quiz };

  const key = answerKey(input, question, personKey);
  if (!isAnswerable(quiz, question, deps.now?.() ?? new Date())) {
    // A retry of an invoke that was recorded just before the quiz moved on still gets its view.
    const earlier = await readAnswer(deps, key);
    if (earlier?.choice === choice) return { kind: 'repeat', quiz, answer: earlier };
    if (quiz.status === 'closed') return { kind: 'closed', quiz };
    return question === quiz.current ? { kind: 'time-up', quiz } : { kind: 'not-current', quiz };
  }

  const answer: AnswerRecord = { choice, answeredAt: nowIso(deps) };
  // Two tries: the second only matters if the first answer vanished between our write and read.
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await deps.storage.write(key, answer, { ifNoneMatch: '*' });
      return { kind: 'recorded', quiz, answer };
    } catch (error) {
      if (!isPreconditionFailed(error)) throw error;
    }
    const first = await readAnswer(deps, key);
    if (first) {
      return first.choice === choice
        ? { kind: 'repeat', quiz, answer: first }
        : { kind: 'refused', quiz, previous: first };
    }
  }
  // Our answer was refused, yet no answer is stored: the conversation's data is being deleted.
  return { kind: 'closed', quiz };
}
