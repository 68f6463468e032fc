// Fields every quiz and scenario view model carries: the language, the verbs (Q&A verbs for the
// "read the guidance" rows, team verbs for the quiz; templates bind to these, never to literals),
// the shared UI strings, the card's fallback text and the translation footnote.
import { QA_VERBS, QUIZ_VERBS, SCENARIO_VERBS } from '../contract/verbs.js';
import type { Lang } from '../guidance/types.js';
import { STRINGS, type UiStrings } from '../i18n/strings.js';

/** The verb tables in one: their keys do not overlap, and a typo stays a compile error. */
export const CARD_VERBS = { ...QA_VERBS, ...QUIZ_VERBS, ...SCENARIO_VERBS } as const;

export interface QuizBaseView {
  readonly lang: Lang;
  readonly verbs: typeof CARD_VERBS;
  readonly c: UiStrings['common'];
  /** Shown by clients too old for Action.Execute (Adaptive Cards 1.4) instead of the card. */
  readonly fallbackText: string;
  readonly showTranslationNote: boolean;
  readonly translationNote: string;
}

export function quizBaseView(lang: Lang, fallbackText: string, translated: boolean): QuizBaseView {
  return {
    lang,
    verbs: CARD_VERBS,
    c: STRINGS[lang].common,
    fallbackText,
    showTranslationNote: translated,
    translationNote: STRINGS[lang].answer.translationNote,
  };
}
