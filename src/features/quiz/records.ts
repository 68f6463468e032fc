// Reading and conditionally updating the quiz record. Every state change goes through If-Match,
// so two instances (or two clicks) acting on the same quiz never both win.
import { PreconditionFailedError } from '../../storage/errors.js';
import type { StoredItem } from '../../storage/storage.js';
import type { QuizDeps } from './deps.js';
import { isQuizId, quizKey } from './keys.js';
import type { QuizRecord, QuizRef } from './types.js';

/** Attempts before giving up on a record that keeps changing under us (it never should for long). */
export const MAX_ATTEMPTS = 8;

export async function readQuiz(
  deps: QuizDeps,
  ref: QuizRef,
): Promise<StoredItem<QuizRecord> | undefined> {
  if (!isQuizId(ref.quizId)) return undefined;
  const item = await deps.storage.read<QuizRecord>(quizKey(ref));
  // The conversation is part of the key, but check anyway: a record is only valid where it lives.
  return item?.value.conversationKey === ref.conversationKey ? item : undefined;
}

/** Writes `next` only if the record is still the version read; false when someone changed it. */
export async function replaceQuiz(
  deps: QuizDeps,
  read: StoredItem<QuizRecord>,
  next: QuizRecord,
): Promise<boolean> {
  try {
    await deps.storage.write(quizKey(next), next, { ifMatch: read.eTag });
    return true;
  } catch (error) {
    if (error instanceof PreconditionFailedError) return false;
    throw error;
  }
}

export const isPreconditionFailed = (error: unknown): boolean =>
  error instanceof PreconditionFailedError;

export class QuizConflictError extends Error {
  override readonly name = 'QuizConflictError';
  constructor(key: string) {
    super(`Gave up updating ${key} after ${MAX_ATTEMPTS} conflicting attempts`);
  }
}
