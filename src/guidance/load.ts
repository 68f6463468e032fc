// Loads the catalogue from its JSON data files and validates it once, at start-up.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ZodType } from 'zod';
import { crossCheck } from './check.js';
import { CatalogueError } from './errors.js';
import { entryFileSchema, sectionsSchema } from './schema.js';
import type { Catalogue, Entry, Section } from './types.js';

/** Bump when entries are added or texts change; ids themselves never change. */
export const CATALOGUE_VERSION = '2026.11.1';

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('./content/', import.meta.url));

function parseFile<T>(dir: string, file: string, schema: ZodType<T>, problems: string[]): T | [] {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`);
    return [];
  }
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  for (const issue of result.error.issues)
    problems.push(`${file} ${issue.path.join('.')}: ${issue.message}`);
  return [];
}

/** Entry files are every *.json in the folder except sections.json and drafts starting with "_". */
const entryFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'sections.json' && !f.startsWith('_'))
    .sort();

export function loadCatalogue(dir = DEFAULT_CONTENT_DIR): Catalogue {
  const problems: string[] = [];
  const sections: Section[] = parseFile(dir, 'sections.json', sectionsSchema, problems);
  const entries: Entry[] = entryFiles(dir).flatMap((f) =>
    parseFile(dir, f, entryFileSchema, problems),
  );
  problems.push(...crossCheck(entries, sections));
  if (problems.length > 0) throw new CatalogueError(problems);
  return Object.freeze({
    version: CATALOGUE_VERSION,
    sections,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
  });
}
