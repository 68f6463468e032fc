// The conversation's quiz state at quiz/<conv>/state: the quiz that is open (the one-open-quiz rule)
// and the scenarios used lately (so the next quiz picks others). Written with If-Match/create-only:
// of two quizzes started at once, only one becomes the open one.
import type { StoredItem } from '../../storage/storage.js';
import type { QuizDeps } from './deps.js';
import { stateKey } from './keys.js';

export interface ConversationQuizState {
  /** Id of the last quiz started; it is open only if its record still says so. */
  readonly open?: string;
  /** Scenario ids used in this conversation, most recent first. */
  readonly recent: readonly string[];
}

/** Enough memory to cycle through a bank of a few dozen scenarios before repeating any. */
export const MAX_RECENT = 100;

export async function readState(
  deps: QuizDeps,
  conversationKey: string,
): Promise<StoredItem<ConversationQuizState> | undefined> {
  return deps.storage.read<ConversationQuizState>(stateKey(conversationKey));
}

/** Create-only when there was no state, If-Match otherwise. Throws PreconditionFailedError on a race. */
export async function writeState(
  deps: QuizDeps,
  conversationKey: string,
  read: StoredItem<ConversationQuizState> | undefined,
  next: ConversationQuizState,
): Promise<void> {
  await deps.storage.write(
    stateKey(conversationKey),
    { ...next, recent: next.recent.slice(0, MAX_RECENT) },
    read ? { ifMatch: read.eTag } : { ifNoneMatch: '*' },
  );
}
