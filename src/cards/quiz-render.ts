// Expands the quiz and scenario templates (cards/quiz-*.json, cards/scenario*.json) exactly as
// render.ts does the Q&A ones: read once, user text only as data, "${" never left in a card.
// Separate from render.ts so these templates can evolve without touching the Q&A cards.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'adaptivecards-templating/lib/template-engine.js';
import type { CardJson } from '../contract/activities.js';
import { templatesDir } from './render.js';
import { neutralizeTemplateSyntax } from './user-text.js';

export const QUIZ_TEMPLATE_NAMES = [
  'quiz-question',
  'quiz-personal',
  'quiz-results',
  'quiz-summary',
  'scenario',
  'scenario-personal',
] as const;
export type QuizTemplateName = (typeof QUIZ_TEMPLATE_NAMES)[number];

/** A template expression was left unexpanded: the view model lacks a field the template binds to. */
export class QuizCardRenderError extends Error {
  override readonly name = 'QuizCardRenderError';
  constructor(
    readonly template: QuizTemplateName,
    readonly leftovers: readonly string[],
  ) {
    super(`Card "${template}" has unexpanded expressions: ${leftovers.join(', ')}`);
  }
}

const templates = new Map<QuizTemplateName, object>();
/** Parsed once, as in render.ts: parsing the expressions is the costly part of rendering. */
const parsed = new Map<QuizTemplateName, Template>();

export function loadQuizTemplate(name: QuizTemplateName): object {
  let template = templates.get(name);
  if (!template) {
    template = JSON.parse(readFileSync(join(templatesDir(), `${name}.json`), 'utf8')) as object;
    templates.set(name, template);
  }
  return template;
}

export function renderQuizCard(name: QuizTemplateName, data: object): CardJson {
  let template = parsed.get(name);
  if (!template) {
    template = new Template(loadQuizTemplate(name));
    parsed.set(name, template);
  }
  const expanded = template.expand({
    $root: neutralizeTemplateSyntax(data),
  }) as Record<string, unknown>;
  // A "$when" that is false on the card-level refresh leaves "refresh": null: Teams wants no key.
  const { refresh, ...rest } = expanded;
  const card: CardJson = refresh === null || refresh === undefined ? rest : expanded;
  const leftovers = JSON.stringify(card).match(/\$\{[^}]*\}?/g);
  if (leftovers) throw new QuizCardRenderError(name, leftovers);
  return card;
}
