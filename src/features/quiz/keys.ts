// Where the quiz keeps things. Everything of one conversation sits under quiz/<conversationKey>/,
// so removing the bot from a conversation can delete it all with one prefix.
import { InvalidKeyError } from '../../storage/errors.js';
import type { QuizRef } from './types.js';

/** Hashes from KeyHasher are base64url: one key segment, never "." or "..". */
const SEGMENT = /^[A-Za-z0-9_-]{1,128}$/;
/** Quiz ids we generate are 16 characters; accept a little more, refuse anything else from cards. */
const QUIZ_ID = /^[A-Za-z0-9_-]{8,64}$/;

export const isQuizId = (value: unknown): value is string =>
  typeof value === 'string' && QUIZ_ID.test(value);

/**
 * Conversation and person keys come from the host, hashed: anything else (a raw Teams id passed by
 * mistake) is a programming error, reported before anything is read or written.
 */
export function checkSegment(value: string): void {
  if (!SEGMENT.test(value)) throw new InvalidKeyError(value);
}

/** Every quiz record, answer and state of every conversation. */
export const QUIZ_PREFIX = 'quiz/';

/**
 * Quizzes with a time limit, one key each (quiz-timers/<conv>/<quizId>, empty value): the timer
 * lists these instead of every answer under quiz/. Outside quiz/, so retention never reads one as a
 * quiz record; the quiz record stays the truth, and a key whose quiz is over is deleted.
 */
export const TIMERS_PREFIX = 'quiz-timers/';

export const timerKey = ({ conversationKey, quizId }: QuizRef): string =>
  `${TIMERS_PREFIX}${conversationKey}/${quizId}`;

export const timersPrefixOf = (conversationKey: string): string =>
  `${TIMERS_PREFIX}${conversationKey}/`;

/** The quiz a timer key names, or undefined for a key of another shape. */
export function refOfTimerKey(key: string): QuizRef | undefined {
  const [prefix, conversationKey, quizId, ...rest] = key.split('/');
  if (`${prefix}/` !== TIMERS_PREFIX || rest.length > 0 || !conversationKey || !isQuizId(quizId))
    return undefined;
  return SEGMENT.test(conversationKey) ? { conversationKey, quizId } : undefined;
}

export const conversationPrefix = (conversationKey: string): string =>
  `${QUIZ_PREFIX}${conversationKey}/`;

/** The conversation's quiz state: which quiz is open, which scenarios were used lately. */
export const stateKey = (conversationKey: string): string =>
  `${conversationPrefix(conversationKey)}state`;

export const quizKey = ({ conversationKey, quizId }: QuizRef): string =>
  `${conversationPrefix(conversationKey)}${quizId}`;

/** Every answer of a quiz (all questions): ends with "/" so one quiz never matches another. */
export const answersPrefix = (ref: QuizRef): string => answersPrefixOf(quizKey(ref));

/** The same, from a quiz record's key. */
export const answersPrefixOf = (recordKey: string): string => `${recordKey}/a/`;

/** Every answer to one question: "/a/1/" never matches question 10. */
export const questionPrefix = (ref: QuizRef, question: number): string =>
  `${answersPrefix(ref)}${question}/`;

export const answerKey = (ref: QuizRef, question: number, personKey: string): string =>
  `${questionPrefix(ref, question)}${personKey}`;

/** What a stored quiz key is, read back from a listing (retention walks them): quiz/<conv>/<quizId>. */
export const isQuizRecordKey = (key: string): boolean => {
  const parts = key.split('/');
  return parts.length === 3 && parts[2] !== 'state';
};

/** quiz/<conv>/<quizId>/a/<question>/<personKey> */
export const isAnswerKey = (key: string): boolean => {
  const parts = key.split('/');
  return parts.length === 6 && parts[3] === 'a';
};

/** The quiz record key an answer key belongs to. */
export const quizKeyOfAnswer = (answerKey: string): string =>
  answerKey.split('/').slice(0, 3).join('/');
