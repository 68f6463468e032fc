// The Adaptive Card templating engine, loaded on the first card that was not pre-rendered. Its
// ANTLR-based expression parser is most of the bundle (about 1.4 of 2.3 MB) and 0.1–0.2 s of CPU
// to load, and a fresh process's first answers are pre-rendered (prerendered.ts): loaded with the
// server, it was most of the bot's start-up time over the echo bot's (docs/benchmarks.md). A
// process that only answers questions with the shipped profile never loads it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type * as Engine from 'adaptivecards-templating/lib/template-engine.js';

/**
 * dist/bundle/template-engine.cjs when this module runs from dist/ (the engine and its ~450
 * CommonJS modules in one file, written by scripts/bundle.ts: about half the load time); from src/
 * (tsx, vitest) a file that does not exist, so the package itself is loaded.
 */
export const ENGINE_FILE = fileURLToPath(
  new URL('../../bundle/template-engine.cjs', import.meta.url),
);
/** The engine's module in the package (a deep import: the index also loads a card schema). */
export const ENGINE_MODULE = 'adaptivecards-templating/lib/template-engine.js';

export type TemplateEngine = typeof Engine;
let engine: TemplateEngine | undefined;

/** Loads the engine from `file` if it exists, else from the package (synchronously: card views are plain functions). */
export const loadTemplateEngine = (file: string): TemplateEngine =>
  createRequire(import.meta.url)(existsSync(file) ? file : ENGINE_MODULE) as TemplateEngine;

/** The engine, loaded on the first call. */
export function templateEngine(): TemplateEngine {
  engine ??= loadTemplateEngine(ENGINE_FILE);
  return engine;
}
