// The weekly "What would you do?" card, posted in a channel: a scenario, its choices, the prompt
// for the team's conversation and rows into the guidance. A click answers with the person's own
// view (scenario-personal); nothing is stored and nobody else sees the choice.
import type { CardJson } from '../../../contract/activities.js';
import type { Lang } from '../../../guidance/types.js';
import type { Scenario } from '../../../scenarios/types.js';
import type { Paragraph } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { QUIZ_STRINGS, SCENARIO_STRINGS } from '../../../i18n/team-cards.js';
import { quizBaseView, type QuizBaseView } from '../../../cards/team-view.js';
import { entryRows, type EntryRow } from '../../../cards/rows.js';
import {
  choiceRows,
  needsTranslationNote,
  scenarioText,
  type ChoiceRow,
  type EntryLookup,
} from './parts.js';

export interface ScenarioInput {
  readonly scenario: Scenario;
}

export interface ScenarioView extends QuizBaseView {
  readonly s: {
    readonly heading: string;
    readonly chooseAnswer: string;
    readonly discussHeading: string;
    readonly relatedHeading: string;
  };
  readonly scenarioId: string;
  readonly title: string;
  readonly situation: readonly Paragraph[];
  readonly prompt: string;
  readonly choices: readonly ChoiceRow[];
  readonly hasDiscussion: boolean;
  readonly discussion: readonly Paragraph[];
  readonly hasRelated: boolean;
  readonly related: readonly EntryRow[];
}

/** The parts both scenario cards show the same way. */
export function scenarioCommon(scenario: Scenario, lang: Lang, lookup: EntryLookup) {
  const s = SCENARIO_STRINGS[lang];
  const text = scenarioText(scenario, lang);
  const related = entryRows(scenario.entries, lookup, lang);
  return {
    s,
    text,
    fields: {
      scenarioId: scenario.id,
      title: text.title,
      hasDiscussion: text.discussion.length > 0,
      discussion: text.discussion,
      hasRelated: related.length > 0,
      related,
    },
    fallbackText: QUIZ_STRINGS[lang].fallbackText(`${s.heading} ${text.title}`),
  };
}

export function scenarioView(input: ScenarioInput, lang: Lang, lookup: EntryLookup): ScenarioView {
  const { scenario } = input;
  const { s, text, fields, fallbackText } = scenarioCommon(scenario, lang, lookup);
  return {
    ...quizBaseView(lang, fallbackText, needsTranslationNote(lang, scenario)),
    s: {
      heading: s.heading,
      chooseAnswer: s.chooseAnswer,
      discussHeading: s.discussHeading,
      relatedHeading: s.relatedHeading,
    },
    ...fields,
    situation: text.situation,
    prompt: text.prompt,
    choices: choiceRows(scenario, lang),
  };
}

export function scenarioCard(input: ScenarioInput, lang: Lang, lookup: EntryLookup): CardJson {
  return render('scenario', scenarioView(input, lang, lookup));
}
