// One member's own view of a quiz question (the invoke response to their answer, and what the
// refresh shows them later): their answer, right or not, the guidance's answer and why, and the
// reflection questions with their why-texts. Only they see it.
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
  choiceLabel,
  needsTranslationNote,
  outcomeView,
  reflectionEntries,
  reflectionViews,
  scenarioText,
  type EntryLookup,
  type OutcomeView,
  type ReflectionView,
} from '../../scenario/cards/parts.js';

export interface QuizPersonalInput extends QuizCardContext {
  readonly scenario: Scenario;
  /** The choice that counts: their first answer (for a refused second answer, the stored one). */
  readonly choice: string;
  /** They tried to change their answer: say that only the first one counts. */
  readonly refused?: boolean;
}

export interface QuizPersonalView extends QuizBaseView, QuizHeaderView, QuizControlsView {
  readonly s: QuizControlStrings & Pick<QuizStrings, 'explanationHeading' | 'questionsHeading'>;
  readonly title: string;
  readonly situation: readonly Paragraph[];
  readonly outcome: OutcomeView;
  readonly yourAnswer: string;
  readonly guidanceAnswer: string;
  readonly explanation: readonly Paragraph[];
  readonly hasQuestions: boolean;
  readonly questions: readonly ReflectionView[];
}

export function quizPersonalView(
  input: QuizPersonalInput,
  lang: Lang,
  lookup: EntryLookup,
): QuizPersonalView {
  const s = QUIZ_STRINGS[lang];
  const { scenario, choice } = input;
  const label = choiceLabel(scenario, choice, lang);
  const header = quizHeaderView(input, lang, input.refused ? s.refused(label) : undefined);
  const text = scenarioText(scenario, lang);
  const entries = reflectionEntries(scenario, lookup, lang);
  return {
    ...quizBaseView(
      lang,
      s.fallbackText(s.titled(header.progress, text.title)),
      needsTranslationNote(lang, scenario, entries),
    ),
    s: {
      startedBy: s.startedBy,
      explanationHeading: s.explanationHeading,
      questionsHeading: s.questionsHeading,
      starterOnly: s.starterOnly,
      showResults: s.showResults,
      next: s.next,
      close: s.close,
      refresh: s.refresh,
    },
    ...header,
    ...quizControlsView(input),
    title: text.title,
    situation: text.situation,
    outcome: outcomeView(choice === scenario.correct, lang),
    yourAnswer: s.yourAnswer(label),
    guidanceAnswer: s.guidanceAnswer(choiceLabel(scenario, scenario.correct, lang)),
    explanation: text.explanation,
    hasQuestions: entries.length > 0,
    questions: reflectionViews(entries, lang),
  };
}

export function quizPersonalCard(
  input: QuizPersonalInput,
  lang: Lang,
  lookup: EntryLookup,
): CardJson {
  return render('quiz-personal', quizPersonalView(input, lang, lookup));
}
