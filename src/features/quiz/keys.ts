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

export const conversationPrefix = (conversationKey: string): string => `quiz/${conversationKey}/`;

/** The conversation's quiz state: which quiz is open, which scenarios were used lately. */
export const stateKey = (conversationKey: string): string => `quiz/${conversationKey}/state`;

export const quizKey = ({ conversationKey, quizId }: QuizRef): string =>
  `quiz/${conversationKey}/${quizId}`;

/** Every answer of a quiz (all questions): ends with "/" so one quiz never matches another. */
export const answersPrefix = (ref: QuizRef): string => `${quizKey(ref)}/a/`;

/** Every answer to one question: "/a/1/" never matches question 10. */
export const questionPrefix = (ref: QuizRef, question: number): string =>
  `${answersPrefix(ref)}${question}/`;

export const answerKey = (ref: QuizRef, question: number, personKey: string): string =>
  `${questionPrefix(ref, question)}${personKey}`;
