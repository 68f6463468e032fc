// The host posts each question as a new Teams message and records its id here, so that when the
// quiz moves on it can update that message (e.g. to the question's results). A merge, retried on
// If-Match conflicts: it must not undo a concurrent "next".
import { checkSegment, quizKey } from './keys.js';
import type { QuizDeps } from './deps.js';
import { MAX_ATTEMPTS, QuizConflictError, readQuiz, replaceQuiz } from './records.js';
import type { QuizRecord, QuizRef } from './types.js';

export interface MessageIdInput extends QuizRef {
  readonly question: number;
  /** The Teams activity id of the posted question card. */
  readonly messageId: string;
}

/** The updated record, or undefined when the quiz does not exist. */
export async function setMessageId(
  deps: QuizDeps,
  input: MessageIdInput,
): Promise<QuizRecord | undefined> {
  checkSegment(input.conversationKey);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const item = await readQuiz(deps, input);
    if (!item) return undefined;
    const messageIds = { ...item.value.messageIds, [String(input.question)]: input.messageId };
    const next = { ...item.value, messageIds };
    if (await replaceQuiz(deps, item, next)) return next;
  }
  throw new QuizConflictError(quizKey(input));
}
