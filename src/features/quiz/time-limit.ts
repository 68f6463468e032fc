// A question's time limit. The deadline is stored on the quiz record, so every instance (and one
// restarted since) reads the same; answers after it are refused whether or not the results were
// posted yet, and the timer (timer.ts) posts those results once.
import type { QuizRecord } from './types.js';

/** When a question asked at `at` closes, or undefined without a limit. */
export const deadlineAfter = (at: Date, seconds: number | undefined): string | undefined =>
  seconds === undefined ? undefined : new Date(at.getTime() + seconds * 1000).toISOString();

/** The quiz with the current question's deadline set from its time limit (none: no deadline). */
export function withDeadline(quiz: QuizRecord, askedAt: Date): QuizRecord {
  const { deadline: _old, ...rest } = quiz;
  const deadline = deadlineAfter(askedAt, quiz.timeLimitSec);
  return deadline ? { ...rest, deadline } : rest;
}

/** The question's time is up: its deadline passed, or its results were posted when it did. */
export function timeIsUp(quiz: QuizRecord, question: number, now: Date): boolean {
  if (question !== quiz.current) return false;
  if (quiz.timedOut === question) return true;
  return quiz.deadline !== undefined && now.getTime() >= Date.parse(quiz.deadline);
}

/** Answers to `question` still count: the quiz is open, at that question, and time is not up. */
export const isAnswerable = (quiz: QuizRecord, question: number, now: Date): boolean =>
  quiz.status === 'open' && question === quiz.current && !timeIsUp(quiz, question, now);
