// The quiz and scenario templates hold the same rules as the Q&A ones (templates.test.ts): schema
// 1.5, full width, no visible words, verbs from the view model, and samples that render to valid
// cards in both languages and stay shaped like the mappers' view models.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { quizPersonalView } from '../../src/features/quiz/cards/personal.js';
import { quizQuestionView } from '../../src/features/quiz/cards/question.js';
import {
  loadQuizTemplate,
  QUIZ_TEMPLATE_NAMES,
  QuizCardRenderError,
  renderQuizCard,
} from '../../src/cards/quiz-render.js';
import { quizResultsView } from '../../src/features/quiz/cards/results.js';
import { quizSummaryView } from '../../src/features/quiz/cards/summary.js';
import { templatesDir } from '../../src/cards/render.js';
import { scenarioPersonalView } from '../../src/features/scenario/cards/personal.js';
import { scenarioView } from '../../src/features/scenario/cards/scenario.js';
import { LANGS } from '../../src/guidance/types.js';
import { question, results, summary } from '../features/quiz/card-inputs.js';
import { amiraPetition } from '../features/quiz/scenarios.js';
import { cardProblems } from './card-problems.js';
import { nodes } from './card-walk.js';
import { lookup } from './fixtures.js';

const VIEWS = {
  'quiz-question': () => quizQuestionView(question, 'en'),
  'quiz-personal': () => quizPersonalView({ ...question, choice: 'risky' }, 'en', lookup),
  'quiz-results': () => quizResultsView(results, 'en'),
  'quiz-summary': () => quizSummaryView(summary, 'en', lookup),
  scenario: () => scenarioView({ scenario: amiraPetition }, 'en', lookup),
  'scenario-personal': () =>
    scenarioPersonalView({ scenario: amiraPetition, choice: 'risky' }, 'en', lookup),
} as const;

const sample = (name: string, lang: string): object =>
  JSON.parse(
    readFileSync(join(templatesDir(), 'samples', `${name}.${lang}.json`), 'utf8'),
  ) as object;

const VISIBLE = ['text', 'title', 'value', 'altText', 'fallbackText', 'subtitle', 'label'];

describe.each(QUIZ_TEMPLATE_NAMES)('template %s', (name) => {
  const template = loadQuizTemplate(name) as Record<string, unknown>;

  it('declares schema 1.5, full width, a fallback text and no card-level lang', () => {
    expect(template.$schema).toBe('http://adaptivecards.io/schemas/adaptive-card.json');
    expect(template.version).toBe('1.5');
    expect(template.msteams).toEqual({ width: 'Full' });
    expect(template.fallbackText).toBe('${fallbackText}');
    expect(template).not.toHaveProperty('lang');
  });

  it('is language-neutral: every visible string is a binding', () => {
    for (const node of nodes(template))
      for (const key of VISIBLE) {
        const value = node[key];
        if (typeof value !== 'string') continue;
        expect(value.replace(/\$\{[^}]*\}/g, ''), `${name}.${key}: ${value}`).not.toMatch(/\p{L}/u);
      }
  });

  it('takes every verb from the view model, never a literal', () => {
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
    expect(cardProblems(renderQuizCard(name, sample(name, lang)))).toEqual([]);
  });
});

describe('renderQuizCard', () => {
  it('names what a view model lacks', () => {
    const view = Object.entries(quizResultsView(results, 'en')).filter(([key]) => key !== 'title');
    let error: unknown;
    try {
      renderQuizCard('quiz-results', Object.fromEntries(view));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(QuizCardRenderError);
    expect((error as QuizCardRenderError).leftovers).toEqual(['${title}']);
  });

  it('does not change the cached template', () => {
    const before = JSON.stringify(loadQuizTemplate('quiz-question'));
    renderQuizCard('quiz-question', quizQuestionView(question, 'fr'));
    expect(JSON.stringify(loadQuizTemplate('quiz-question'))).toBe(before);
  });
});
