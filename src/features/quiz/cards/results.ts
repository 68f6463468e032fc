// The anonymous tally of one question: how many answered, a bar per choice with its count and
// share, the share that chose the guidance's answer, then that answer and why; and, while the quiz
// is at this question, the starter's "Next question" / "Close quiz". Counts only: the view model
// has no field that could hold a name, so none can reach the card.
//
// The bars are two columns whose widths are weights (the count's share, and the rest): Adaptive
// Cards 1.5 has no chart element, and the chart elements of later versions do not render in every
// Teams client, while weighted columns do. The numbers are always written beside each bar, and the
// guidance's answer is marked with an icon and words: the bars only repeat them.
import type { CardJson } from '../../../contract/activities.js';
import type { Lang } from '../../../guidance/types.js';
import type { Tally } from '../types.js';
import type { Scenario } from '../../../scenarios/types.js';
import type { Paragraph } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { QUIZ_STRINGS, type QuizStrings } from '../../../i18n/team-cards.js';
import { quizBaseView, type QuizBaseView } from '../../../cards/team-view.js';
import { choiceLabel, needsTranslationNote, scenarioText } from '../../scenario/cards/parts.js';

export interface QuizResultsInput {
  readonly quizId: string;
  /** Question index, 0-based. */
  readonly question: number;
  /** Number of questions in the quiz: "Next question" only before the last (with `controls`). */
  readonly total?: number;
  readonly scenario: Scenario;
  readonly tally: Tally;
  /**
   * The question is still open: offer "Update results" and "Back to the question". False when the
   * card is the final state of a question the quiz has moved past or whose time ran out.
   */
  readonly live: boolean;
  /**
   * "Next question" / "Close quiz", while the quiz is at this question: on the starter's own view,
   * or on a card posted for everyone (with the note that only the starter can use them). Absent:
   * none (someone else's view, or a question the quiz has moved past).
   */
  readonly controls?: 'starter' | 'everyone';
  /** Posted because the question's time ran out: says so at the top. */
  readonly timeUp?: boolean;
}

/** One choice's bar: its label, "5 (71%)", and the two column weights (0 drops a column). */
export interface BarView {
  readonly label: string;
  readonly count: string;
  readonly weight: 'Bolder' | 'Default';
  readonly style: 'good' | 'accent';
  readonly fill: number;
  readonly rest: number;
}

export interface QuizResultsView extends QuizBaseView {
  readonly s: {
    readonly explanationHeading: string;
    readonly countsOnly: string;
    readonly updateResults: string;
    readonly backToQuestion: string;
    readonly next: string;
    readonly close: string;
    readonly starterOnly: string;
  };
  readonly quizId: string;
  readonly question: number;
  readonly hasNotice: boolean;
  readonly notice: string;
  readonly heading: string;
  readonly title: string;
  readonly answeredLine: string;
  readonly hasAnswers: boolean;
  readonly bars: readonly BarView[];
  readonly chosenLine: string;
  readonly guidanceAnswer: string;
  readonly explanation: readonly Paragraph[];
  readonly live: boolean;
  readonly showStarterControls: boolean;
  readonly showStarterNote: boolean;
  readonly showNext: boolean;
}

function barViews(scenario: Scenario, tally: Tally, lang: Lang, s: QuizStrings): BarView[] {
  return scenario.choices.map((choice) => {
    const count = tally.byChoice[choice.id] ?? 0;
    const share = tally.answered === 0 ? 0 : count / tally.answered;
    // A choice someone made keeps a visible sliver; the rest of the row is the remainder.
    const fill = count === 0 ? 0 : Math.max(1, Math.round(share * 100));
    const guidance = choice.id === scenario.correct;
    return {
      label: guidance ? s.guidanceChoice(choice[lang]) : choice[lang],
      count: s.choiceCount(count, share),
      weight: guidance ? 'Bolder' : 'Default',
      style: guidance ? 'good' : 'accent',
      fill,
      rest: 100 - fill,
    };
  });
}

export function quizResultsView(input: QuizResultsInput, lang: Lang): QuizResultsView {
  const s = QUIZ_STRINGS[lang];
  const { scenario, tally, controls } = input;
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
      next: s.next,
      close: s.close,
      starterOnly: s.starterOnly,
    },
    quizId: input.quizId,
    question: input.question,
    hasNotice: input.timeUp === true,
    notice: input.timeUp ? s.timeUpResults : '',
    heading,
    title: text.title,
    answeredLine: answered === 0 ? s.noAnswers : s.answered(answered),
    hasAnswers: answered > 0,
    bars: barViews(scenario, tally, lang, s),
    chosenLine: tally.correctShare === null ? '' : s.chosen(tally.correctShare),
    guidanceAnswer: s.guidanceAnswer(choiceLabel(scenario, scenario.correct, lang)),
    explanation: text.explanation,
    live: input.live,
    showStarterControls: controls !== undefined,
    showStarterNote: controls === 'everyone',
    showNext: input.total !== undefined && input.question < input.total - 1,
  };
}

export function quizResultsCard(input: QuizResultsInput, lang: Lang): CardJson {
  return render('quiz-results', quizResultsView(input, lang));
}
