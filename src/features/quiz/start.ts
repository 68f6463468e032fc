// Starting a quiz. One open quiz per conversation: a second "quiz" while one runs gets the running
// one back (the host shows its current question with a polite note) instead of a competing quiz.
import type { Lang } from '../../guidance/types.js';
import { bankOf, randomQuizId, type QuizDeps } from './deps.js';
import { checkSegment, quizKey, stateKey, timerKey } from './keys.js';
import { clampCount, pickScenarios } from './pick.js';
import {
  isPreconditionFailed,
  MAX_ATTEMPTS,
  QuizConflictError,
  readQuiz,
  replaceQuiz,
} from './records.js';
import { readState, writeState } from './state.js';
import { withDeadline } from './time-limit.js';
import { QUIZ_SIZE, type QuizRecord, type QuizStarter, type StartResult } from './types.js';

/** A quiz left open this long (the starter went home) no longer blocks a new one: it is closed. */
export const STALE_AFTER_MS = 12 * 60 * 60 * 1000;

/** Display names are shown, never parsed: flatten and cut them so a card stays small. */
export const MAX_NAME_LENGTH = 100;

export interface StartQuizInput {
  readonly conversationKey: string;
  readonly starter: QuizStarter;
  /** 3..5, default 3; other numbers are clamped. */
  readonly count?: number;
  readonly lang: Lang;
  /** 0 <= x < 1, for the scenario order; Math.random when absent. */
  readonly random?: () => number;
  /** Seconds per question (already within TIME_LIMIT); absent: no limit. */
  readonly timeLimitSec?: number;
  /** The conversation reference without people: where the results go when time runs out. */
  readonly reference?: Readonly<Record<string, unknown>>;
}

const cleanName = (name: string): string => {
  const flat = name.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_NAME_LENGTH ? flat : `${flat.slice(0, MAX_NAME_LENGTH - 1)}…`;
};

const isStale = (quiz: QuizRecord, now: Date): boolean =>
  now.getTime() - Date.parse(quiz.startedAt) > STALE_AFTER_MS;

/** The open quiz the state points to, or undefined (closing it on the way if it is stale). */
async function stillOpen(
  deps: QuizDeps,
  conversationKey: string,
  quizId: string | undefined,
): Promise<QuizRecord | undefined> {
  if (quizId === undefined) return undefined;
  const item = await readQuiz(deps, { conversationKey, quizId });
  if (item?.value.status !== 'open') return undefined;
  const now = deps.now?.() ?? new Date();
  if (!isStale(item.value, now)) return item.value;
  // Losing this race is fine: whoever won closed it or moved it on, and the next read decides.
  await replaceQuiz(deps, item, { ...item.value, status: 'closed', closedAt: now.toISOString() });
  return undefined;
}

export async function startQuiz(deps: QuizDeps, input: StartQuizInput): Promise<StartResult> {
  const { conversationKey, starter, lang } = input;
  checkSegment(conversationKey);
  checkSegment(starter.personKey);
  const bank = [...bankOf(deps).keys()];
  const count = clampCount(input.count, QUIZ_SIZE.min, QUIZ_SIZE.max, QUIZ_SIZE.default);
  const random = input.random ?? Math.random;

  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const state = await readState(deps, conversationKey);
    const open = await stillOpen(deps, conversationKey, state?.value.open);
    if (open) return { kind: 'already-open', quiz: open };

    const recent = state?.value.recent ?? [];
    const now = deps.now?.() ?? new Date();
    const quiz = withDeadline(
      {
        quizId: (deps.newQuizId ?? randomQuizId)(),
        conversationKey,
        lang,
        startedBy: { name: cleanName(starter.name), personKey: starter.personKey },
        scenarioIds: pickScenarios(bank, recent, count, random),
        current: 0,
        status: 'open',
        startedAt: now.toISOString(),
        ...(input.timeLimitSec ? { timeLimitSec: input.timeLimitSec } : {}),
        ...(input.reference ? { reference: input.reference } : {}),
      },
      now,
    );
    // The record first, then the state pointing to it: the state never names a missing quiz.
    try {
      await deps.storage.write(quizKey(quiz), quiz, { ifNoneMatch: '*' });
    } catch (error) {
      if (isPreconditionFailed(error)) continue; // a quiz id already taken: draw another
      throw error;
    }
    // The timer's index before the state: a quiz that becomes the open one always has it.
    if (quiz.deadline) await deps.storage.write(timerKey(quiz), {});
    try {
      await writeState(deps, conversationKey, state, {
        open: quiz.quizId,
        recent: [...quiz.scenarioIds, ...recent.filter((id) => !quiz.scenarioIds.includes(id))],
      });
      return { kind: 'started', quiz };
    } catch (error) {
      if (!isPreconditionFailed(error)) throw error;
      // Someone started a quiz at the same moment and won: drop ours, then find theirs.
      await deps.storage.delete(quizKey(quiz));
    }
  }
  throw new QuizConflictError(stateKey(conversationKey));
}
