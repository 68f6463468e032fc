// The one card renderer: expands an Adaptive Card template (cards/<feature>/<name>.json) with a
// view model. Templates are read and parsed once; the data is the only thing that varies, and user
// text only ever travels as data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Deep import: the package index re-exports json-schema-card, whose typings pull adaptivecards' .ts
// sources into type-checking (errors that skipLibCheck cannot silence). Loaded on demand.
import type { Template } from 'adaptivecards-templating/lib/template-engine.js';
import type { CardJson } from '../contract/activities.js';
import type { Lang } from '../guidance/types.js';
import { findUp } from '../util/find-up.js';
import { PRERENDERED_DIR, prerenderedKey, readPrerendered } from './prerendered.js';
import { templateEngine } from './template-engine.js';
import { neutralizeTemplateSyntax } from './user-text.js';

/** Every template, with the feature folder it lives in under cards/. */
export const TEMPLATES = {
  answer: 'qa',
  'did-you-mean': 'qa',
  'not-found': 'qa',
  topics: 'qa',
  welcome: 'qa',
  'team-help': 'team',
  support: 'support',
  'quiz-question': 'quiz',
  'quiz-personal': 'quiz',
  'quiz-results': 'quiz',
  'quiz-summary': 'quiz',
  scenario: 'scenario',
  'scenario-personal': 'scenario',
  schedule: 'schedule',
} as const;
export type TemplateName = keyof typeof TEMPLATES;
export const TEMPLATE_NAMES = Object.keys(TEMPLATES) as TemplateName[];

/** A template expression was left unexpanded: the view model lacks a field the template binds to. */
export class CardRenderError extends Error {
  override readonly name = 'CardRenderError';
  constructor(
    readonly template: TemplateName,
    readonly leftovers: readonly string[],
  ) {
    super(`Card "${template}" has unexpanded expressions: ${leftovers.join(', ')}`);
  }
}

let cardsDir: string | undefined;
const templates = new Map<TemplateName, { readonly text: string; readonly json: object }>();
/**
 * Parsed templates, built once: `new Template()` parses every "${…}" with the ANTLR-based
 * adaptive-expressions parser, which cost more than the rest of a turn when done per card
 * (docs/benchmarks.md). A Template expands any number of times; expand() never changes it.
 */
const parsed = new Map<TemplateName, Template>();

/** The repo's cards/ directory, found from this module's location (works from src/ and dist/). */
export function templatesDir(): string {
  cardsDir ??= join(findUp(import.meta.url, 'cards/qa/answer.json'), 'cards');
  return cardsDir;
}

/** Where a template's file is. */
export const templatePath = (name: TemplateName) =>
  join(templatesDir(), TEMPLATES[name], `${name}.json`);

/** Where a template's sample data is (beside it; tests and the designer read them). */
export const samplePath = (name: TemplateName, lang: Lang) =>
  join(templatesDir(), TEMPLATES[name], `${name}.sample.${lang}.json`);

function templateFile(name: TemplateName) {
  let template = templates.get(name);
  if (!template) {
    const text = readFileSync(templatePath(name), 'utf8');
    template = { text, json: JSON.parse(text) as object };
    templates.set(name, template);
  }
  return template;
}

/** The parsed template JSON, read from disk on first use. */
export const loadTemplate = (name: TemplateName): object => templateFile(name).json;

/** The templating engine's output for `data` (already neutralized), before render's checks. */
export function expandTemplate(name: TemplateName, data: object): unknown {
  // Template.prepare deep-copies the payload, so the cached JSON is never mutated.
  let template = parsed.get(name);
  if (!template) {
    template = new (templateEngine().Template)(loadTemplate(name));
    parsed.set(name, template);
  }
  return template.expand({ $root: data }) as unknown;
}

/** Where `render` finds a pre-rendered card for `data`, and the data to expand otherwise. */
export function prerenderedInput(name: TemplateName, data: object) {
  const root = neutralizeTemplateSyntax(data);
  return { root, key: prerenderedKey(templateFile(name).text, root) };
}

/**
 * Expands template `name` with `data` as $root, or reads the card the build expanded from the same
 * template and data (src/cards/prerendered.ts). Throws CardRenderError if any "${" survives.
 */
export function render(name: TemplateName, data: object, prerendered = PRERENDERED_DIR): CardJson {
  const { root, key } = prerenderedInput(name, data);
  const expanded = (readPrerendered(prerendered, key) ?? expandTemplate(name, root)) as Record<
    string,
    unknown
  >;
  // A "$when" that is false on the card-level refresh leaves "refresh": null: Teams wants no key.
  const { refresh, ...rest } = expanded;
  const card: CardJson = refresh === null ? rest : expanded;
  const leftovers = JSON.stringify(card).match(/\$\{[^}]*\}?/g);
  if (leftovers) throw new CardRenderError(name, leftovers);
  return card;
}
