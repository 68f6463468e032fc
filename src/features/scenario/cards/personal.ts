// A person's own view after choosing on the weekly scenario card (the invoke response): their
// choice, right or not, the guidance's verdict (icon and text), why, the reflection questions with
// their why-texts, the discussion prompt and the related guidance.
import type { CardJson } from '../../../contract/activities.js';
import type { Lang } from '../../../guidance/types.js';
import type { Scenario } from '../../../scenarios/types.js';
import { verdictView, type VerdictView } from '../../../cards/verdict.js';
import type { Paragraph } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { QUIZ_STRINGS } from '../../../i18n/team-cards.js';
import { quizBaseView, type QuizBaseView } from '../../../cards/team-view.js';
import type { EntryRow } from '../../../cards/rows.js';
import { scenarioCommon } from './scenario.js';
import {
  choiceLabel,
  needsTranslationNote,
  outcomeView,
  reflectionEntries,
  reflectionViews,
  type EntryLookup,
  type OutcomeView,
  type ReflectionView,
} from './parts.js';

export interface ScenarioPersonalInput {
  readonly scenario: Scenario;
  /** The choice id from the card's data; check it with hasChoice() first. */
  readonly choice: string;
}

export interface ScenarioPersonalView extends QuizBaseView {
  readonly s: {
    readonly heading: string;
    readonly verdictHeading: string;
    readonly explanationHeading: string;
    readonly questionsHeading: string;
    readonly discussHeading: string;
    readonly relatedHeading: string;
  };
  readonly scenarioId: string;
  readonly title: string;
  readonly outcome: OutcomeView;
  readonly yourAnswer: string;
  readonly guidanceAnswer: string;
  readonly hasVerdict: boolean;
  readonly verdict?: VerdictView;
  readonly explanation: readonly Paragraph[];
  readonly hasQuestions: boolean;
  readonly questions: readonly ReflectionView[];
  readonly hasDiscussion: boolean;
  readonly discussion: readonly Paragraph[];
  readonly hasRelated: boolean;
  readonly related: readonly EntryRow[];
}

export function scenarioPersonalView(
  input: ScenarioPersonalInput,
  lang: Lang,
  lookup: EntryLookup,
): ScenarioPersonalView {
  const { scenario, choice } = input;
  const q = QUIZ_STRINGS[lang];
  const { s, text, fields, fallbackText } = scenarioCommon(scenario, lang, lookup);
  const entries = reflectionEntries(scenario, lookup, lang);
  return {
    ...quizBaseView(lang, fallbackText, needsTranslationNote(lang, scenario, entries)),
    s: {
      heading: s.heading,
      verdictHeading: s.verdictHeading,
      explanationHeading: q.explanationHeading,
      questionsHeading: q.questionsHeading,
      discussHeading: s.discussHeading,
      relatedHeading: s.relatedHeading,
    },
    ...fields,
    outcome: outcomeView(choice === scenario.correct, lang),
    yourAnswer: q.yourAnswer(choiceLabel(scenario, choice, lang)),
    guidanceAnswer: q.guidanceAnswer(choiceLabel(scenario, scenario.correct, lang)),
    hasVerdict: scenario.verdict !== undefined,
    ...(scenario.verdict ? { verdict: verdictView(scenario.verdict, lang) } : {}),
    explanation: text.explanation,
    hasQuestions: entries.length > 0,
    questions: reflectionViews(entries, lang),
  };
}

export function scenarioPersonalCard(
  input: ScenarioPersonalInput,
  lang: Lang,
  lookup: EntryLookup,
): CardJson {
  return render('scenario-personal', scenarioPersonalView(input, lang, lookup));
}
