// Catalogue files the build has already validated, by content. Checking the shipped catalogue
// against its schema took about 40 of the 50 ms its loading costs at start-up (zod, cold); the
// build (scripts/record-validated-content.ts) checks it with the same code and records each file
// whose checked form is the file itself (nothing trimmed or dropped), by a hash of its exact text
// and the schema it passed. The loader skips the schema only for such a file: an edited file,
// another folder's file or a new schema's check simply has another key and is validated as before.
// The cross-checks between files (ids, sections, links) always run.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Which schema a file passed. */
export type ContentKind = 'sections' | 'entries';

/**
 * dist/validated-content.json when this module runs from dist/src/guidance/ (production, the
 * bundle); from src/ (tsx, vitest) a file that does not exist, so every file is validated.
 */
export const VALIDATED_FILE = fileURLToPath(
  new URL('../../validated-content.json', import.meta.url),
);

/** The key of a file's exact text, checked against `kind`'s schema. */
export const contentKey = (kind: ContentKind, text: string): string =>
  `${kind}:${createHash('sha256').update(text).digest('base64url')}`;

/** The keys the build recorded in `file`; none when it is missing or unreadable. */
export function readValidated(file = VALIDATED_FILE): ReadonlySet<string> {
  try {
    const keys = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return new Set(Array.isArray(keys) ? keys.filter((k) => typeof k === 'string') : []);
  } catch {
    return new Set(); // not built, or unreadable: validate everything
  }
}

/** Records `keys` (the build step). */
export function writeValidated(file: string, keys: readonly string[]): void {
  writeFileSync(file, `${JSON.stringify([...keys].sort(), null, 1)}\n`);
}
