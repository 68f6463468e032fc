// The quiz's stored shapes and the results its operations return. Everything here is plain JSON:
// records round-trip through any Storage backend, results go straight to the card mappers.
import type { Lang } from '../../guidance/types.js';

/** How many scenarios a quiz has: "quiz" gives the default, "quiz 5" asks for more. */
export const QUIZ_SIZE = { min: 3, max: 5, default: 3 } as const;

/** Seconds per question the starter may set ("quiz 4 60s"); none by default. Others are clamped. */
export const TIME_LIMIT = { min: 10, max: 600 } as const;

export type QuizStatus = 'open' | 'closed';

/** Who started the quiz: the name is shown on its cards, the key decides who may move it on. */
export interface QuizStarter {
  /** Display name as Teams gave it: shown only inside TextRuns ("Quiz started by …"). */
  readonly name: string;
  /** KeyHasher.person() of the starter's Entra object id. */
  readonly personKey: string;
}

/** Stored at quiz/<conversationKey>/<quizId>. */
export interface QuizRecord {
  /** Random and url-safe: it travels in card data and is a storage key segment. */
  readonly quizId: string;
  /** KeyHasher.conversation() of the Teams conversation id. */
  readonly conversationKey: string;
  readonly lang: Lang;
  readonly startedBy: QuizStarter;
  /** 3 to 5 scenario ids, in the order they are asked. */
  readonly scenarioIds: readonly string[];
  /** Index (0-based) of the question being asked now. */
  readonly current: number;
  readonly status: QuizStatus;
  /** ISO 8601. */
  readonly startedAt: string;
  readonly closedAt?: string;
  /** Teams message id of each question's card, by question index ("0", "1", …): set by the host. */
  readonly messageIds?: Readonly<Record<string, string>>;
  /** Seconds each question stays open; absent: until the starter moves on. */
  readonly timeLimitSec?: number;
  /** ISO 8601: when the current question closes (timeLimitSec after it was asked). */
  readonly deadline?: string;
  /** The question whose time ran out and whose results were posted: the If-Match claim on it
   *  decides which instance posts them, so they are posted once. */
  readonly timedOut?: number;
  /** Answer counts of the results shown to everyone, by question index: the same tally is not
   *  posted twice (a double click on "Show results"). */
  readonly shown?: Readonly<Record<string, number>>;
  /** The Teams conversation reference without people (src/conversations/reference.ts): where the
   *  results are posted when a question's time runs out. */
  readonly reference?: Readonly<Record<string, unknown>>;
}

/** Stored create-only at quiz/<conv>/<quizId>/a/<question>/<personKey>: one per person and question. */
export interface AnswerRecord {
  /** A ScenarioChoice id. */
  readonly choice: string;
  /** ISO 8601. */
  readonly answeredAt: string;
}

/** Identifies one quiz. quizId comes back from card data, so it is checked before any use. */
export interface QuizRef {
  readonly quizId: string;
  readonly conversationKey: string;
}

export type StartResult =
  | { readonly kind: 'started'; readonly quiz: QuizRecord }
  /** One open quiz per conversation: the one already running, to show again with a polite note. */
  | { readonly kind: 'already-open'; readonly quiz: QuizRecord };

export type AnswerResult =
  | { readonly kind: 'recorded'; readonly quiz: QuizRecord; readonly answer: AnswerRecord }
  /** The same choice was already stored (a Teams retry of the same invoke): counted once. */
  | { readonly kind: 'repeat'; readonly quiz: QuizRecord; readonly answer: AnswerRecord }
  /** A different choice after a first one: only the first answer counts. */
  | { readonly kind: 'refused'; readonly quiz: QuizRecord; readonly previous: AnswerRecord }
  | { readonly kind: 'closed'; readonly quiz: QuizRecord }
  | { readonly kind: 'not-current'; readonly quiz: QuizRecord }
  /** The question's time limit ran out before the answer arrived. */
  | { readonly kind: 'time-up'; readonly quiz: QuizRecord }
  | { readonly kind: 'unknown-choice'; readonly quiz: QuizRecord }
  /** No such quiz in this conversation (or a malformed id from card data). */
  | { readonly kind: 'unknown-quiz' };

/** Counts only: no names, no person keys. */
export interface Tally {
  readonly answered: number;
  /** Every choice of the scenario, in the scenario's order, with how many chose it (0 included). */
  readonly byChoice: Readonly<Record<string, number>>;
  /** Share (0..1) of answers that are the guidance's answer; null when nobody answered. */
  readonly correctShare: number | null;
}

export interface QuestionSummary {
  readonly scenarioId: string;
  readonly answered: number;
  readonly correctShare: number | null;
}

export interface QuizSummary {
  /** The questions actually asked (a quiz closed early leaves the rest out). */
  readonly questions: readonly QuestionSummary[];
  /** Distinct people who answered at least one question. */
  readonly participants: number;
}

/**
 * Result of next/close. `changed` is false when the click changed nothing because the quiz had
 * already moved on (a double click, a retry, two devices): the host then posts nothing new.
 */
export type AdvanceResult =
  | { readonly kind: 'advanced'; readonly quiz: QuizRecord; readonly changed: boolean }
  | {
      readonly kind: 'closed';
      readonly quiz: QuizRecord;
      readonly summary: QuizSummary;
      readonly changed: boolean;
    }
  | { readonly kind: 'not-starter'; readonly quiz: QuizRecord }
  | { readonly kind: 'unknown-quiz' };
