// Retention: quiz data is kept RETENTION_DAYS (default 30), then deleted. Run hourly by
// retention-job.ts; safe to run from several instances at once (it only deletes, and deleting a
// missing key is not an error). A feature of its own: it reads the quiz's and usage's key layouts
// (their keys.ts), which shared code below the features may not import.
//
// What goes, once older than the retention:
// - a closed quiz (by closedAt) or an abandoned one (still open, started before the cutoff): its
//   record — with the starter's display name — and all its answers, answers first so a crash
//   half-way never leaves answers without their quiz behind unnoticed;
// - any single answer record (quiz/<conv>/<quizId>/a/<question>/<personKey>) by answeredAt, also
//   answers whose quiz is gone;
// - unmatched question texts (usage/unmatched/<day>/…) of days that ended before the cutoff.
// The conversation's quiz state (which quiz is open, scenario ids used lately) holds no personal
// data and stays until uninstall; a state naming a deleted quiz simply has no open quiz.
import { deletePrefix } from '../../storage/delete-prefix.js';
import {
  answersPrefixOf,
  isAnswerKey,
  isQuizRecordKey,
  QUIZ_PREFIX,
  quizKeyOfAnswer,
} from '../quiz/keys.js';
import type { Storage } from '../../storage/storage.js';
import { dayEndedBefore } from '../../usage/day.js';
import { UNMATCHED_PREFIX, unmatchedDayOf } from '../../usage/keys.js';

export const DAY_MS = 24 * 60 * 60 * 1000;
/** Answers never predate their quiz by more than clock skew between instances: a wide margin. */
const SKEW_MS = DAY_MS;
const BATCH = 16;

export interface PurgeOptions {
  readonly storage: Storage;
  readonly now: Date;
  /** Config.retentionDays. */
  readonly retentionDays: number;
}

export interface PurgeResult {
  /** Quiz records deleted (each with its answers). */
  readonly quizzes: number;
  /** Answer records deleted, with their quiz or on their own. */
  readonly answers: number;
  readonly unmatchedQuestions: number;
  /** Records kept because their dates could not be read (never deleted on a guess). */
  readonly unreadable: number;
  /** Temp files left by writes a killed process never finished. */
  readonly leftovers: number;
}

interface QuizFields {
  readonly status?: unknown;
  readonly startedAt?: unknown;
  readonly closedAt?: unknown;
}

const time = (value: unknown): number => (typeof value === 'string' ? Date.parse(value) : NaN);

/** Runs `work` on every item, BATCH at a time: quick on a remote store without flooding it. */
async function inBatches<T>(items: readonly T[], work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += BATCH)
    await Promise.all(items.slice(i, i + BATCH).map(work));
}

/** When the quiz's data expires: closedAt for a closed quiz, startedAt for one never closed. */
function quizEnd(quiz: QuizFields): number {
  return quiz.status === 'closed' ? time(quiz.closedAt ?? quiz.startedAt) : time(quiz.startedAt);
}

export async function purgeExpired(options: PurgeOptions): Promise<PurgeResult> {
  const { storage, now, retentionDays } = options;
  if (!Number.isInteger(retentionDays) || retentionDays < 1)
    throw new RangeError('retentionDays must be a whole number of days, at least 1');
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  let quizzes = 0;
  let answers = 0;
  let unreadable = 0;

  const keys = await storage.list(QUIZ_PREFIX);
  const quizKeys = keys.filter(isQuizRecordKey);
  const answerKeys = keys.filter(isAnswerKey);

  // Quizzes: whole quizzes past retention go with all their answers.
  const gone = new Set<string>();
  const keptStart = new Map<string, number>();
  await inBatches(quizKeys, async (key) => {
    const quiz = (await storage.read<QuizFields>(key))?.value;
    if (!quiz) return;
    const end = quizEnd(quiz);
    if (Number.isNaN(end)) {
      unreadable += 1;
      return;
    }
    if (end >= cutoff) {
      keptStart.set(key, time(quiz.startedAt));
      return;
    }
    answers += await deletePrefix(storage, answersPrefixOf(key));
    await storage.delete(key);
    gone.add(key);
    quizzes += 1;
  });

  // Single answers of quizzes kept (a long-open quiz) or whose quiz is missing. A quiz started
  // after the cutoff cannot have older answers: its answers are not even read.
  const toCheck = answerKeys.filter((key) => {
    const quiz = quizKeyOfAnswer(key);
    if (gone.has(quiz)) return false;
    const started = keptStart.get(quiz);
    return started === undefined || Number.isNaN(started) || started - SKEW_MS < cutoff;
  });
  await inBatches(toCheck, async (key) => {
    const answer = (await storage.read<{ answeredAt?: unknown }>(key))?.value;
    if (!answer) return;
    const at = time(answer.answeredAt);
    if (Number.isNaN(at)) unreadable += 1;
    else if (at < cutoff) {
      await storage.delete(key);
      answers += 1;
    }
  });

  // Unmatched question texts, by the day they were asked.
  const cutoffDate = new Date(cutoff);
  const oldTexts = (await storage.list(UNMATCHED_PREFIX)).filter((key) => {
    const day = unmatchedDayOf(key);
    return day !== undefined && dayEndedBefore(day, cutoffDate);
  });
  await inBatches(oldTexts, (key) => storage.delete(key));

  const leftovers = (await storage.removeLeftovers?.()) ?? 0;
  return { quizzes, answers, unmatchedQuestions: oldTexts.length, unreadable, leftovers };
}
