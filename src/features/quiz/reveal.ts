// Results shown to everyone: at the starter's "Show results", or when a question's time runs out.
// Each is one If-Match write of the quiz record made before the post, so of two clicks, two
// instances or a restart, only one posts a given tally.
import type { StoredItem } from '../../storage/storage.js';
import type { QuizDeps } from './deps.js';
import { checkSegment, quizKey } from './keys.js';
import { MAX_ATTEMPTS, QuizConflictError, readQuiz, replaceQuiz } from './records.js';
import type { QuizRecord, QuizRef } from './types.js';

export interface ShowInput extends QuizRef {
  readonly question: number;
  /** How many answers the tally about to be posted counts. */
  readonly answered: number;
}

/** True when this tally of the question was not shown to everyone yet (and now counts as shown). */
export async function markShown(deps: QuizDeps, input: ShowInput): Promise<boolean> {
  checkSegment(input.conversationKey);
  const at = String(input.question);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const item = await readQuiz(deps, input);
    if (!item || item.value.shown?.[at] === input.answered) return false;
    const next = { ...item.value, shown: { ...item.value.shown, [at]: input.answered } };
    if (await replaceQuiz(deps, item, next)) return true;
  }
  throw new QuizConflictError(quizKey(input));
}

/**
 * Claims the current question's time-up results: the record as claimed, or undefined when another
 * instance (or a click on "Next") changed the record first. Whoever gets the record posts.
 */
export async function claimTimeUp(
  deps: QuizDeps,
  item: StoredItem<QuizRecord>,
): Promise<QuizRecord | undefined> {
  const claimed = { ...item.value, timedOut: item.value.current };
  return (await replaceQuiz(deps, item, claimed)) ? claimed : undefined;
}
