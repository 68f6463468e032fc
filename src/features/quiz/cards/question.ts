// The question card, posted as a new message for everyone: who started the quiz, "Question 2 of
// 3", the scenario and its choices. Each member's click returns their own view (quiz-personal);
// the refresh block shows each listed member their own view when the card loads.
import type { CardJson } from '../../../contract/activities.js';
import type { Lang } from '../../../guidance/types.js';
import type { Scenario } from '../../../scenarios/types.js';
import type { Paragraph } from '../../../cards/paragraphs.js';
import {
  quizControlsView,
  quizHeaderView,
  type QuizCardContext,
  type QuizControlStrings,
  type QuizControlsView,
  type QuizHeaderView,
} from '../../../cards/team-parts.js';
import { render } from '../../../cards/render.js';
import { QUIZ_STRINGS, type QuizStrings } from '../../../i18n/team-cards.js';
import { quizBaseView, type QuizBaseView } from '../../../cards/team-view.js';
import {
  choiceRows,
  needsTranslationNote,
  scenarioText,
  type ChoiceRow,
} from '../../scenario/cards/parts.js';

export interface QuizQuestionInput extends QuizCardContext {
  readonly scenario: Scenario;
  /** Seconds to answer each question, when the starter set a limit. */
  readonly timeLimitSec?: number;
}

export interface QuizQuestionView extends QuizBaseView, QuizHeaderView, QuizControlsView {
  readonly s: QuizControlStrings & Pick<QuizStrings, 'chooseAnswer' | 'privacy'>;
  readonly title: string;
  readonly situation: readonly Paragraph[];
  readonly prompt: string;
  readonly choices: readonly ChoiceRow[];
  readonly hasTimeLimit: boolean;
  readonly timeLimitLine: string;
}

export function quizQuestionView(input: QuizQuestionInput, lang: Lang): QuizQuestionView {
  const s = QUIZ_STRINGS[lang];
  const header = quizHeaderView(input, lang);
  const { title, situation, prompt } = scenarioText(input.scenario, lang);
  return {
    ...quizBaseView(
      lang,
      s.fallbackText(s.titled(header.progress, title)),
      needsTranslationNote(lang, input.scenario),
    ),
    s: {
      startedBy: s.startedBy,
      chooseAnswer: s.chooseAnswer,
      privacy: s.privacy,
      starterOnly: s.starterOnly,
      showResults: s.showResults,
      next: s.next,
      close: s.close,
      refresh: s.refresh,
    },
    ...header,
    ...quizControlsView(input),
    title,
    situation,
    prompt,
    choices: choiceRows(input.scenario, lang),
    hasTimeLimit: input.timeLimitSec !== undefined,
    timeLimitLine: input.timeLimitSec === undefined ? '' : s.timeLimit(input.timeLimitSec),
  };
}

export function quizQuestionCard(input: QuizQuestionInput, lang: Lang): CardJson {
  return render('quiz-question', quizQuestionView(input, lang));
}
