// The scenario bank: short situations about fictional public servants, drawn from the guidance's
// examples and reflection questions, for team quizzes and the weekly channel scenario.
import type { Lang, TextSource, Verdict } from '../guidance/types.js';
import type { SITUATION_KINDS } from './schema.js';

export type SituationKind = (typeof SITUATION_KINDS)[number];

export interface ScenarioChoice {
  /** Stable within the scenario: "appropriate" | "risky" | "inappropriate", or a scenario-specific id. */
  readonly id: string;
  readonly en: string;
  readonly fr: string;
}

export interface LocalizedScenario {
  readonly source: TextSource;
  /** A short title, e.g. "Amira's petition". */
  readonly title: string;
  /** Two or three sentences about a fictional public servant. */
  readonly situation: string;
  /** The question put to the team, e.g. "How would you classify Amira's post?" */
  readonly question: string;
  /** Why the correct choice is right, quoting the guidance (quotes in “…” / « … »). */
  readonly explanation: string;
  /** An open prompt for the team's conversation. */
  readonly discussion: string;
}

export interface Scenario {
  /** Published, never changes: "sc-" + kebab-case. */
  readonly id: string;
  readonly choices: readonly ScenarioChoice[];
  /** Id of the correct choice. */
  readonly correct: string;
  /** When the scenario illustrates one of the guidance's examples: that example's verdict (must agree). */
  readonly verdict?: Verdict;
  /** Who the protagonist is (SITUATION_KINDS): only one's own activity calls for reflection questions. */
  readonly situationKind: SituationKind;
  /** Reflection questions (q-… ids) the explanation names; the cards show their "why" text. */
  readonly questions: readonly string[];
  /** Catalogue entries the scenario relates to (buttons on the card); the first is the main one. */
  readonly entries: readonly string[];
  readonly en: LocalizedScenario;
  readonly fr: LocalizedScenario;
}

export type { Lang };
