// The quiz as one object for the host: every operation bound to the same storage, scenario bank
// and clock. Each operation also exists as a plain function (start.ts, answer.ts, …).
import { answerOf, recordAnswer, type AnswerOfInput, type RecordAnswerInput } from './answer.js';
import { closeQuiz, nextQuestion, type AdvanceInput } from './advance.js';
import { bankOf, scenarioById, type QuizDeps } from './deps.js';
import { deletePrefix } from '../../storage/delete-prefix.js';
import { checkSegment, conversationPrefix, timersPrefixOf } from './keys.js';
import { setMessageId, type MessageIdInput } from './message-ids.js';
import { readQuiz } from './records.js';
import { markShown, type ShowInput } from './reveal.js';
import { startQuiz, type StartQuizInput } from './start.js';
import { readState } from './state.js';
import { summarize } from './summary.js';
import { tally, type TallyInput } from './tally.js';
import type { Scenario } from '../../scenarios/types.js';
import type {
  AdvanceResult,
  AnswerRecord,
  AnswerResult,
  QuizRecord,
  QuizRef,
  QuizSummary,
  StartResult,
  Tally,
} from './types.js';

export interface QuizService {
  start(input: StartQuizInput): Promise<StartResult>;
  answer(input: RecordAnswerInput): Promise<AnswerResult>;
  /** The clicking person's own stored answer (for quiz.refresh), or undefined. */
  answerOf(input: AnswerOfInput): Promise<AnswerRecord | undefined>;
  tally(input: TallyInput): Promise<Tally | undefined>;
  next(input: AdvanceInput): Promise<AdvanceResult>;
  close(input: AdvanceInput): Promise<AdvanceResult>;
  /** The quiz record, or undefined (also for a malformed id from card data). */
  get(ref: QuizRef): Promise<QuizRecord | undefined>;
  /** The conversation's open quiz, if any. */
  open(conversationKey: string): Promise<QuizRecord | undefined>;
  summary(ref: QuizRef): Promise<QuizSummary | undefined>;
  setMessageId(input: MessageIdInput): Promise<QuizRecord | undefined>;
  /** True when this tally was not shown to everyone yet: the caller posts it (reveal.ts). */
  markShown(input: ShowInput): Promise<boolean>;
  /** A scenario of the bank by id. */
  scenario(id: string): Scenario | undefined;
  /** The quiz's clock (time limits are read against it). */
  now(): Date;
  /** Deletes every quiz, answer and state of a conversation. */
  forget(conversationKey: string): Promise<void>;
}

export function createQuizService(deps: QuizDeps): QuizService {
  bankOf(deps); // a bank too small for any quiz fails at start-up, not mid-quiz
  const get = async (ref: QuizRef) => (await readQuiz(deps, ref))?.value;
  return {
    start: (input) => startQuiz(deps, input),
    answer: (input) => recordAnswer(deps, input),
    answerOf: (input) => answerOf(deps, input),
    tally: (input) => tally(deps, input),
    next: (input) => nextQuestion(deps, input),
    close: (input) => closeQuiz(deps, input),
    get,
    async forget(conversationKey) {
      checkSegment(conversationKey);
      await deletePrefix(deps.storage, conversationPrefix(conversationKey));
      await deletePrefix(deps.storage, timersPrefixOf(conversationKey));
    },
    async open(conversationKey) {
      checkSegment(conversationKey);
      const quizId = (await readState(deps, conversationKey))?.value.open;
      const quiz = quizId === undefined ? undefined : await get({ conversationKey, quizId });
      return quiz?.status === 'open' ? quiz : undefined;
    },
    async summary(ref) {
      const quiz = await get(ref);
      return quiz && summarize(deps, quiz);
    },
    setMessageId: (input) => setMessageId(deps, input),
    markShown: (input) => markShown(deps, input),
    scenario: (id) => scenarioById(deps, id),
    now: () => deps.now?.() ?? new Date(),
  };
}
