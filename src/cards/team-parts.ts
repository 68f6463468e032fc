// What the question card and a member's own view share: who started the quiz, which question this
// is, the refresh block, the starter's buttons and the polite notices.
import type { Lang } from '../guidance/types.js';
import { QUIZ_STRINGS, type QuizNotice, type QuizStrings } from '../i18n/team-cards.js';
import { echoQuestion } from './user-text.js';

/** Teams refreshes a card automatically for at most 60 listed members. */
export const MAX_REFRESH_USERS = 60;

/** Where a quiz card sits: which quiz, which question, who started it, who is in the chat. */
export interface QuizCardContext {
  readonly quizId: string;
  /** Question index, 0-based (the card shows "Question 1 of 3" for 0). */
  readonly question: number;
  /** Number of questions in the quiz. */
  readonly total: number;
  /** The starter's display name as stored: user text, shown only inside a TextRun. */
  readonly starterName: string;
  /**
   * Teams member ids (29:…) of the conversation, for refresh.userIds. Omitted, empty or more than
   * 60: no automatic refresh, and the card gets a "Refresh" button instead.
   */
  readonly memberIds?: readonly string[];
  /**
   * "Next question" / "Close quiz": true (the default) on messages everyone sees; on a view made
   * for one person, true only for the starter.
   */
  readonly showStarterControls?: boolean;
  readonly notice?: QuizNotice;
}

export interface QuizHeaderView {
  readonly quizId: string;
  readonly question: number;
  readonly starterName: string;
  readonly progress: string;
  readonly hasNotice: boolean;
  readonly notice: string;
}

/** The words of a quiz card's header and the starter's controls. */
export type QuizControlStrings = Pick<
  QuizStrings,
  'startedBy' | 'starterOnly' | 'showResults' | 'next' | 'close' | 'refresh'
>;

export interface QuizControlsView {
  readonly hasRefresh: boolean;
  readonly refreshUserIds: readonly string[];
  readonly showManualRefresh: boolean;
  readonly showStarterControls: boolean;
  /** "Next question" only before the last question; "Close quiz" always. */
  readonly showNext: boolean;
}

export function quizHeaderView(ctx: QuizCardContext, lang: Lang, notice?: string): QuizHeaderView {
  const s = QUIZ_STRINGS[lang];
  const text = notice ?? (ctx.notice ? s.notices[ctx.notice] : '');
  return {
    quizId: ctx.quizId,
    question: ctx.question,
    starterName: echoQuestion(ctx.starterName) || s.someone,
    progress: s.progress(ctx.question + 1, ctx.total),
    hasNotice: text !== '',
    notice: text,
  };
}

export function quizControlsView(ctx: QuizCardContext): QuizControlsView {
  const ids = ctx.memberIds ?? [];
  const hasRefresh = ids.length > 0 && ids.length <= MAX_REFRESH_USERS;
  return {
    hasRefresh,
    refreshUserIds: hasRefresh ? [...ids] : [],
    showManualRefresh: !hasRefresh,
    showStarterControls: ctx.showStarterControls ?? true,
    showNext: ctx.question < ctx.total - 1,
  };
}
