// Scenarios for tests, written here in the bank's shape (src/scenarios/types.ts) so the quiz does not
// depend on the bank being written in parallel. Their reflection questions and entries exist in
// tests/cards/fixtures.ts, so cards can show why-texts and related rows.
import type { Scenario, ScenarioChoice } from '../../../src/scenarios/types.js';

export const VERDICT_CHOICES: readonly ScenarioChoice[] = [
  { id: 'appropriate', en: 'Appropriate', fr: 'Approprié' },
  { id: 'risky', en: 'Potentially risky', fr: 'Potentiellement risqué' },
  { id: 'inappropriate', en: 'Inappropriate', fr: 'Inapproprié' },
];

function scenario(
  id: string,
  correct: Scenario['correct'],
  en: [title: string, situation: string],
  fr: [title: string, situation: string],
  extra: Partial<Scenario> = {},
): Scenario {
  return {
    id,
    choices: VERDICT_CHOICES,
    correct,
    situationKind: 'own-activity',
    questions: ['q-policy-opinion', 'q-perception', 'q-amplifying'],
    entries: ['ex-petitions', 'topic-political-activities'],
    en: {
      source: 'seed',
      title: en[0],
      situation: en[1],
      question: 'How would you classify this post?',
      explanation: `The guidance lists “creating, signing or sharing a petition in protest of the Government of Canada” as potentially risky.\n\nAsk yourself how a reasonable person would perceive it.`,
      discussion: 'Would your answer change if the post were about your own department?',
    },
    fr: {
      source: 'bot-translation',
      title: fr[0],
      situation: fr[1],
      question: 'Comment qualifieriez-vous cette publication?',
      explanation: `L’orientation classe « créer, signer ou partager une pétition pour protester contre le gouvernement du Canada » parmi les utilisations potentiellement risquées.\n\nDemandez-vous comment une personne raisonnable la percevrait.`,
      discussion:
        'Votre réponse changerait-elle si la publication portait sur votre propre ministère?',
    },
    ...extra,
  };
}

export const amiraPetition = scenario(
  'sc-amira-petition',
  'risky',
  [
    'Amira’s petition',
    'Amira, a policy analyst, shares a petition protesting a new federal program on her personal Facebook page.',
  ],
  [
    'La pétition d’Amira',
    'Amira, analyste des politiques, partage sur sa page Facebook personnelle une pétition qui proteste contre un nouveau programme fédéral.',
  ],
  { verdict: 'risky' },
);

export const samDog = scenario(
  'sc-sam-dog',
  'appropriate',
  ['Sam’s dog', 'Sam posts pictures of his dog at the beach on Instagram.'],
  ['Le chien de Sam', 'Sam publie sur Instagram des photos de son chien à la plage.'],
  { verdict: 'appropriate', entries: ['ex-pets-vacation-family'], questions: [] },
);

export const leaFiles = scenario(
  'sc-lea-files',
  'inappropriate',
  [
    'Léa’s screenshot',
    'Léa posts a screenshot of an internal briefing note to show her friends what she works on.',
  ],
  [
    'La capture d’écran de Léa',
    'Léa publie une capture d’écran d’une note d’information interne pour montrer à ses amis ce sur quoi elle travaille.',
  ],
);

export const omarLike = scenario(
  'sc-omar-like',
  'risky',
  ['Omar’s like', 'Omar likes a post from a political party’s account during an election.'],
  [
    'La mention « J’aime » d’Omar',
    'Omar aime une publication du compte d’un parti politique pendant une élection.',
  ],
  { entries: ['ex-partisan-accounts', 'ex-political-posts'] },
);

export const priyaRun = scenario(
  'sc-priya-run',
  'appropriate',
  ['Priya’s run', 'Priya shares her time from a charity run.'],
  ['La course de Priya', 'Priya partage son temps à une course de bienfaisance.'],
);

export const jonReply = scenario(
  'sc-jon-reply',
  'risky',
  ['Jon’s reply', 'Jon replies to a news article about a bill being debated in Parliament.'],
  ['La réponse de Jon', 'Jon répond à un article sur un projet de loi débattu au Parlement.'],
);

export const SCENARIOS: readonly Scenario[] = [
  amiraPetition,
  samDog,
  leaFiles,
  omarLike,
  priyaRun,
  jonReply,
];
