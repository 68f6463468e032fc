// Every template with its sample data (cards/<feature>/<name>.sample.<lang>.json), in both
// languages, must render to a card the Teams client accepts; templates themselves hold no visible
// words and take every verb from the view model.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/guidance/types.js';
import {
  loadTemplate,
  render,
  samplePath,
  TEMPLATE_NAMES,
  TEMPLATES,
  type TemplateName,
} from '../../src/cards/render.js';
import { quizPersonalView } from '../../src/features/quiz/cards/personal.js';
import { quizQuestionView } from '../../src/features/quiz/cards/question.js';
import { quizResultsView } from '../../src/features/quiz/cards/results.js';
import { quizSummaryView } from '../../src/features/quiz/cards/summary.js';
import { scenarioPersonalView } from '../../src/features/scenario/cards/personal.js';
import { scenarioView } from '../../src/features/scenario/cards/scenario.js';
import { scheduleView } from '../../src/features/schedule/cards/schedule-card.js';
import { makeSchedule } from '../features/schedule/fixtures.js';
import { question, results, summary } from '../features/quiz/card-inputs.js';
import { amiraPetition } from '../features/quiz/scenarios.js';
import { answerView } from '../../src/features/qa/cards/answer.js';
import { didYouMeanView } from '../../src/features/qa/cards/did-you-mean.js';
import { notFoundView } from '../../src/features/qa/cards/not-found.js';
import { supportView } from '../../src/features/support/support-card.js';
import { topicsView } from '../../src/features/qa/cards/topics.js';
import { welcomeView } from '../../src/features/qa/cards/welcome.js';
import { teamHelpView } from '../../src/features/team/cards/team-help.js';
import { loadSupportProfile } from '../../src/organization/profile.js';
import { cardProblems } from './card-problems.js';
import { nodes } from './card-walk.js';
import { catalogue, lookup, sampleEntry } from './fixtures.js';

const justice = loadSupportProfile('justice');
/** What each mapper produces today, to catch samples drifting from the view models. */
const VIEWS = {
  answer: () => answerView(sampleEntry, lookup, 'en'),
  'did-you-mean': () => didYouMeanView('q', [sampleEntry], 'en'),
  'not-found': () => notFoundView('q', 'en', justice),
  support: () => supportView('en', justice),
  welcome: () => welcomeView('en'),
  'team-help': () => teamHelpView('en', 'channel'),
  topics: () => topicsView(catalogue, 'en', 'risky'),
  'quiz-question': () => quizQuestionView(question, 'en'),
  'quiz-personal': () => quizPersonalView({ ...question, choice: 'risky' }, 'en', lookup),
  'quiz-results': () => quizResultsView(results, 'en'),
  'quiz-summary': () => quizSummaryView(summary, 'en', lookup),
  scenario: () => scenarioView({ scenario: amiraPetition }, 'en', lookup),
  'scenario-personal': () =>
    scenarioPersonalView({ scenario: amiraPetition, choice: 'risky' }, 'en', lookup),
  schedule: () =>
    scheduleView({ schedule: makeSchedule(), now: new Date(), canManage: true }, 'en'),
} as const satisfies Record<TemplateName, () => object>;

const sample = (name: TemplateName, lang: 'en' | 'fr'): object =>
  JSON.parse(readFileSync(samplePath(name, lang), 'utf8')) as object;

/** Properties a reader sees or hears (screen readers read action titles too). */
const VISIBLE = [
  'text',
  'title',
  'value',
  'altText',
  'fallbackText',
  'subtitle',
  'label',
  'placeholder',
];

describe.each(TEMPLATE_NAMES)('template %s', (name) => {
  const template = loadTemplate(name) as Record<string, unknown>;

  it('declares schema 1.5 and full width for Teams', () => {
    expect(template.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    expect(template.version).toBe('1.5');
    expect(template.msteams).toEqual({ width: 'Full' });
    // No card-level "lang": adaptivecards 3.0.6 checks it with a global (/g) regex whose lastIndex
    // leaks between calls, so every second card with a lang fails validation in one process.
    expect(template).not.toHaveProperty('lang');
    // The team cards are posted where a notification shows only the fallback text.
    if (TEMPLATES[name] === 'quiz' || TEMPLATES[name] === 'scenario')
      expect(template.fallbackText).toBe('${fallbackText}');
  });

  it('is language-neutral: every visible string is a binding', () => {
    for (const node of nodes(template)) {
      for (const key of VISIBLE) {
        const value = node[key];
        if (typeof value !== 'string') continue;
        // What is left once bindings are removed must hold no letters.
        expect(value.replace(/\$\{[^}]*\}/g, ''), `${name}.${key}: ${value}`).not.toMatch(/\p{L}/u);
      }
    }
  });

  it('takes every verb from the view model (src/contract/verbs.ts), never a literal', () => {
    for (const action of nodes(template).filter((n) => n.type === 'Action.Execute'))
      expect(action.verb).toMatch(/^\$\{(\$root\.)?verbs\.\w+\}$/);
    for (const submit of nodes(template).filter((n) => n.type === 'Action.Submit'))
      expect((submit.data as Record<string, unknown>).verb).toMatch(
        /^\$\{(\$root\.)?verbs\.\w+\}$/,
      );
  });

  it.each(LANGS)('has a %s sample shaped like the mapper’s view model', (lang) => {
    expect(Object.keys(sample(name, lang)).sort()).toEqual(Object.keys(VIEWS[name]()).sort());
  });

  it.each(LANGS)('renders its %s sample to a valid card', (lang) => {
    const card = render(name, sample(name, lang));
    expect(cardProblems(card)).toEqual([]);
  });
});
