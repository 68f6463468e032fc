// The closing summary, posted for everyone when the quiz closes: per question how many answered and
// the share that chose the guidance's answer, how many took part, the discussion prompts, and rows
// into the related guidance. Counts only, no names (not even the starter's).
import type { CardJson } from '../../../contract/activities.js';
import type { Lang } from '../../../guidance/types.js';
import type { Scenario } from '../../../scenarios/types.js';
import type { Paragraph } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { QUIZ_STRINGS } from '../../../i18n/team-cards.js';
import { quizBaseView, type QuizBaseView } from '../../../cards/team-view.js';
import { entryRows, type EntryRow } from '../../../cards/rows.js';
import {
  needsTranslationNote,
  scenarioText,
  type EntryLookup,
} from '../../scenario/cards/parts.js';

/** Enough to go further without turning the summary into a table of contents. */
export const MAX_SUMMARY_RELATED = 6;

export interface QuizSummaryQuestion {
  readonly scenario: Scenario;
  readonly answered: number;
  readonly correctShare: number | null;
}

export interface QuizSummaryInput {
  readonly questions: readonly QuizSummaryQuestion[];
  readonly participants: number;
}

export interface SummaryQuestionView {
  readonly label: string;
  readonly line: string;
}

export interface DiscussionView {
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

export interface QuizSummaryView extends QuizBaseView {
  readonly s: {
    readonly heading: string;
    readonly discussHeading: string;
    readonly relatedHeading: string;
    readonly thanks: string;
    readonly countsOnly: string;
  };
  readonly participantsLine: string;
  readonly questions: readonly SummaryQuestionView[];
  readonly hasDiscussion: boolean;
  readonly discussion: readonly DiscussionView[];
  readonly hasRelated: boolean;
  readonly related: readonly EntryRow[];
}

/** Each scenario's main entry first, then the others: the most relevant rows survive the cap. */
function relatedIds(scenarios: readonly Scenario[]): string[] {
  return [
    ...scenarios.map((s) => s.entries[0]),
    ...scenarios.flatMap((s) => s.entries.slice(1)),
  ].filter((id): id is string => id !== undefined);
}

export function quizSummaryView(
  input: QuizSummaryInput,
  lang: Lang,
  lookup: EntryLookup,
): QuizSummaryView {
  const s = QUIZ_STRINGS[lang];
  const scenarios = input.questions.map((q) => q.scenario);
  const discussion = scenarios
    .map((scenario) => scenarioText(scenario, lang))
    .filter((text) => text.discussion.length > 0)
    .map(({ title, discussion: paragraphs }) => ({ title, paragraphs }));
  const related = entryRows(relatedIds(scenarios), lookup, lang).slice(0, MAX_SUMMARY_RELATED);
  return {
    ...quizBaseView(
      lang,
      s.fallbackText(s.summaryHeading),
      scenarios.some((scenario) => needsTranslationNote(lang, scenario)),
    ),
    s: {
      heading: s.summaryHeading,
      discussHeading: s.discussHeading,
      relatedHeading: s.relatedHeading,
      thanks: s.thanks,
      countsOnly: s.countsOnly,
    },
    participantsLine: s.participants(input.participants),
    questions: input.questions.map((q, i) => ({
      label: s.questionLabel(i + 1, q.scenario[lang].title),
      line: s.questionLine(q.answered, q.correctShare),
    })),
    hasDiscussion: discussion.length > 0,
    discussion,
    hasRelated: related.length > 0,
    related,
  };
}

export function quizSummaryCard(
  input: QuizSummaryInput,
  lang: Lang,
  lookup: EntryLookup,
): CardJson {
  return render('quiz-summary', quizSummaryView(input, lang, lookup));
}
