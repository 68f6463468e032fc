// The anonymous tally of one question: how many answered, how many chose each answer, the share
// that chose the guidance's answer, then that answer and why. Counts only: the view model has no
// field that could hold a name, so none can reach the card.
import type { CardJson } from '../../../contract/activities.js';
import type { Lang } from '../../../guidance/types.js';
import type { Tally } from '../types.js';
import type { Scenario } from '../../../scenarios/types.js';
import type { Paragraph } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { QUIZ_STRINGS } from '../../../i18n/team-cards.js';
import { quizBaseView, type QuizBaseView } from '../../../cards/team-view.js';
import { choiceLabel, needsTranslationNote, scenarioText } from '../../scenario/cards/parts.js';

export interface QuizResultsInput {
  readonly quizId: string;
  /** Question index, 0-based. */
  readonly question: number;
  readonly scenario: Scenario;
  readonly tally: Tally;
  /**
   * The question is still open: offer "Update results" and "Back to the question". False when the
   * card is the final state of a question the quiz has moved past.
   */
  readonly live: boolean;
}

export interface CountFact {
  readonly title: string;
  readonly value: string;
}

export interface QuizResultsView extends QuizBaseView {
  readonly s: {
    readonly explanationHeading: string;
    readonly countsOnly: string;
    readonly updateResults: string;
    readonly backToQuestion: string;
  };
  readonly quizId: string;
  readonly question: number;
  readonly heading: string;
  readonly title: string;
  readonly answeredLine: string;
  readonly hasAnswers: boolean;
  readonly counts: readonly CountFact[];
  readonly chosenLine: string;
  readonly guidanceAnswer: string;
  readonly explanation: readonly Paragraph[];
  readonly live: boolean;
}

export function quizResultsView(input: QuizResultsInput, lang: Lang): QuizResultsView {
  const s = QUIZ_STRINGS[lang];
  const { scenario, tally } = input;
  const heading = s.resultsHeading(input.question + 1);
  const text = scenarioText(scenario, lang);
  const answered = tally.answered;
  return {
    ...quizBaseView(
      lang,
      s.fallbackText(s.titled(heading, text.title)),
      needsTranslationNote(lang, scenario),
    ),
    s: {
      explanationHeading: s.explanationHeading,
      countsOnly: s.countsOnly,
      updateResults: s.updateResults,
      backToQuestion: s.backToQuestion,
    },
    quizId: input.quizId,
    question: input.question,
    heading,
    title: text.title,
    answeredLine: answered === 0 ? s.noAnswers : s.answered(answered),
    hasAnswers: answered > 0,
    counts: scenario.choices.map((choice) => ({
      title: choice[lang],
      value: String(tally.byChoice[choice.id] ?? 0),
    })),
    chosenLine: tally.correctShare === null ? '' : s.chosen(tally.correctShare),
    guidanceAnswer: s.guidanceAnswer(choiceLabel(scenario, scenario.correct, lang)),
    explanation: text.explanation,
    live: input.live,
  };
}

export function quizResultsCard(input: QuizResultsInput, lang: Lang): CardJson {
  return render('quiz-results', quizResultsView(input, lang));
}
