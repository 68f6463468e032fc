// Expands the Adaptive Card templates in cards/ with a view model. Templates are read once and
// cached; the data is the only thing that varies, and user text only ever travels as data.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
// Deep import: the package index re-exports json-schema-card, whose typings pull adaptivecards' .ts
// sources into type-checking (errors that skipLibCheck cannot silence). The engine is all we use.
import { Template } from 'adaptivecards-templating/lib/template-engine.js';
import type { CardJson } from '../contract/activities.js';
import { findUp } from '../util/find-up.js';
import { neutralizeTemplateSyntax } from './user-text.js';

export const TEMPLATE_NAMES = [
  'answer',
  'did-you-mean',
  'not-found',
  'support',
  'welcome',
  'topics',
] as const;
export type TemplateName = (typeof TEMPLATE_NAMES)[number];

/** A template expression was left unexpanded: the view model lacks a field the template binds to. */
export class CardRenderError extends Error {
  constructor(
    readonly template: TemplateName,
    readonly leftovers: readonly string[],
  ) {
    super(`Card "${template}" has unexpanded expressions: ${leftovers.join(', ')}`);
    this.name = 'CardRenderError';
  }
}

let cardsDir: string | undefined;
const templates = new Map<TemplateName, object>();
/**
 * Parsed templates, built once: `new Template()` parses every "${…}" with the ANTLR-based
 * adaptive-expressions parser, which cost more than the rest of a turn when done per card
 * (docs/benchmarks.md). A Template expands any number of times; expand() never changes it.
 */
const parsed = new Map<TemplateName, Template>();

/** The repo's cards/ directory, found from this module's location (works from src/ and dist/). */
export function templatesDir(): string {
  cardsDir ??= join(findUp(import.meta.url, 'cards/answer.json'), 'cards');
  return cardsDir;
}

/** The parsed template JSON, read from disk on first use. */
export function loadTemplate(name: TemplateName): object {
  let template = templates.get(name);
  if (!template) {
    template = JSON.parse(readFileSync(join(templatesDir(), `${name}.json`), 'utf8')) as object;
    templates.set(name, template);
  }
  return template;
}

/** Expands template `name` with `data` as $root. Throws CardRenderError if any "${" survives. */
export function render(name: TemplateName, data: object): CardJson {
  // Template.prepare deep-copies the payload, so the cached JSON is never mutated.
  let template = parsed.get(name);
  if (!template) {
    template = new Template(loadTemplate(name));
    parsed.set(name, template);
  }
  const card = template.expand({
    $root: neutralizeTemplateSyntax(data),
  }) as CardJson;
  const leftovers = JSON.stringify(card).match(/\$\{[^}]*\}?/g);
  if (leftovers) throw new CardRenderError(name, leftovers);
  return card;
}
