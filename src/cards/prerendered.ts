// Cards expanded at build time (`npm run build`, scripts/prerender-cards.ts), found again by what
// went into them. The first card a fresh process expands costs about 100 ms (the templating engine's
// ANTLR parser deserializes its grammar and parses every "${…}" cold: docs/benchmarks.md), which a
// user pays on the first answer after each restart or scale-out.
//
// Content-addressed, so it can never serve a stale card: the key is a hash of the template's text
// and the exact data, and a card is looked up only where the build wrote it (dist/, next to the code
// that was built with the same templating engine). Anything not pre-rendered — another department's
// profile, a card after feedback, a quiz — is simply not found and expanded as before.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * dist/prerendered-cards/ when this module runs from dist/src/cards/ (production, the bundle: its
 * import.meta.url is rewritten to that path); from src/ (tsx, vitest) a directory that does not
 * exist, so tests and `npm start` always expand.
 */
export const PRERENDERED_DIR = fileURLToPath(new URL('../../prerendered-cards/', import.meta.url));

/** The file name a card expanded from `templateText` with `data` is stored under. */
export function prerenderedKey(templateText: string, data: unknown): string {
  return createHash('sha256')
    .update(templateText)
    .update('\0')
    .update(JSON.stringify(data))
    .digest('base64url');
}

/** The expanded card stored under `key` in `dir`, or undefined when there is none. */
export function readPrerendered(dir: string, key: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as unknown;
  } catch {
    return undefined; // not pre-rendered (or unreadable): the caller expands it
  }
}

/** Stores an expanded card under `key` (the build step). */
export function writePrerendered(dir: string, key: string, expanded: unknown): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${key}.json`), JSON.stringify(expanded));
}
