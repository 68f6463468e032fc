// Pieces shared by the quiz and weekly-scenario cards: a scenario's texts as paragraphs, its
// choices as rows, right-or-not, and the reflection questions its explanation names.
import type { Entry, Lang } from '../../../guidance/types.js';
import type { Scenario } from '../../../scenarios/types.js';
import { paragraphs, type Paragraph } from '../../../cards/paragraphs.js';
import { QUIZ_STRINGS } from '../../../i18n/team-cards.js';

export type EntryLookup = (id: string) => Entry | undefined;

/** One choice: its id travels in action data, its label only on screen. */
export interface ChoiceRow {
  readonly choiceId: string;
  readonly label: string;
}

export interface ScenarioTextView {
  readonly title: string;
  readonly situation: readonly Paragraph[];
  /** The question put to the team ("How would you classify Amira's post?"). */
  readonly prompt: string;
  readonly explanation: readonly Paragraph[];
  readonly discussion: readonly Paragraph[];
}

export interface ReflectionView {
  readonly title: string;
  readonly paragraphs: readonly Paragraph[];
}

/** Right or not: icon and text together, colour only repeating them. */
export interface OutcomeView {
  readonly icon: string;
  readonly label: string;
  readonly color: 'Good' | 'Attention';
  readonly style: 'good' | 'attention';
}

export function scenarioText(scenario: Scenario, lang: Lang): ScenarioTextView {
  const local = scenario[lang];
  return {
    title: local.title,
    situation: paragraphs(local.situation),
    prompt: local.question,
    explanation: paragraphs(local.explanation),
    discussion: paragraphs(local.discussion),
  };
}

export const choiceRows = (scenario: Scenario, lang: Lang): ChoiceRow[] =>
  scenario.choices.map((choice) => ({ choiceId: choice.id, label: choice[lang] }));

export const hasChoice = (scenario: Scenario, choiceId: string): boolean =>
  scenario.choices.some((choice) => choice.id === choiceId);

/** The choice's label; throws on an id the scenario lacks (callers check with hasChoice first). */
export function choiceLabel(scenario: Scenario, choiceId: string, lang: Lang): string {
  const choice = scenario.choices.find((c) => c.id === choiceId);
  if (!choice) throw new RangeError(`Scenario ${scenario.id} has no choice "${choiceId}"`);
  return choice[lang];
}

export function outcomeView(correct: boolean, lang: Lang): OutcomeView {
  const s = QUIZ_STRINGS[lang];
  return correct
    ? { icon: '✅', label: s.right, color: 'Good', style: 'good' }
    : { icon: '❌', label: s.notQuite, color: 'Attention', style: 'attention' };
}

/** The scenario's reflection questions that exist in the catalogue and have a why-text. */
export function reflectionEntries(scenario: Scenario, lookup: EntryLookup, lang: Lang): Entry[] {
  const found = scenario.questions.map(lookup);
  return found.filter((q): q is Entry => q?.kind === 'reflection-question' && Boolean(q[lang].why));
}

export const reflectionViews = (entries: readonly Entry[], lang: Lang): ReflectionView[] =>
  entries.map((q) => ({ title: q[lang].title, paragraphs: paragraphs(q[lang].why) }));

/** French text prepared for this bot (not the department's official text) says so, as answers do. */
export const needsTranslationNote = (
  lang: Lang,
  scenario: Scenario,
  entries: readonly Entry[] = [],
): boolean =>
  lang === 'fr' &&
  (scenario.fr.source === 'bot-translation' ||
    entries.some((e) => e.fr.source === 'bot-translation'));
