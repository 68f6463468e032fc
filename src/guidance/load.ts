// Loads the catalogue from its JSON data files and validates it once: the shipped files when the
// build did (validated.ts), anything else at start-up.
import { readdirSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { crossCheck } from './check.js';
import { CatalogueError } from './errors.js';
import { entryFileSchema, sectionsSchema } from './schema.js';
import type { Catalogue, Entry, Section } from './types.js';
import { contentKey, readValidated, type ContentKind } from './validated.js';

/** Bump when entries are added or texts change; ids themselves never change. */
export const CATALOGUE_VERSION = '2026.11.1';

export const DEFAULT_CONTENT_DIR = fileURLToPath(new URL('./content/', import.meta.url));

const SCHEMAS = { sections: sectionsSchema, entries: entryFileSchema } as const;
type Parsed<K extends ContentKind> = ReturnType<(typeof SCHEMAS)[K]['parse']>;

interface Parse<K extends ContentKind> {
  /** The file's data, or undefined when it has problems (added to `problems`). */
  readonly data?: Parsed<K>;
  /** Its key when the schema's check returned the file's own JSON (validated.ts). */
  readonly key?: string;
}

function parseFile<K extends ContentKind>(
  dir: string,
  file: string,
  kind: K,
  problems: string[],
  validated: ReadonlySet<string>,
): Parse<K> {
  let text: string;
  let json: unknown;
  try {
    text = readFileSync(join(dir, file), 'utf8');
    json = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: ${(error as Error).message}`);
    return {};
  }
  const key = contentKey(kind, text);
  if (validated.has(key)) return { data: json as Parsed<K>, key }; // checked by the build, unchanged
  const result = SCHEMAS[kind].safeParse(json);
  if (result.success)
    return { data: result.data as Parsed<K>, ...(isDeepStrictEqual(result.data, json) && { key }) };
  for (const issue of result.error.issues)
    problems.push(`${file} ${issue.path.join('.')}: ${issue.message}`);
  return {};
}

/** Entry files are every *.json in the folder except sections.json and drafts starting with "_". */
const entryFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'sections.json' && !f.startsWith('_'))
    .sort();

/** Every file's parse, in order: sections.json, then the entry files. */
function parseAll(dir: string, problems: string[], validated: ReadonlySet<string>) {
  const sections = parseFile(dir, 'sections.json', 'sections', problems, validated);
  const entries = entryFiles(dir).map((f) => parseFile(dir, f, 'entries', problems, validated));
  return { sections, entries };
}

export function loadCatalogue(dir = DEFAULT_CONTENT_DIR, validated = readValidated()): Catalogue {
  const problems: string[] = [];
  const parsed = parseAll(dir, problems, validated);
  const sections: Section[] = parsed.sections.data ?? [];
  const entries: Entry[] = parsed.entries.flatMap((p) => p.data ?? []);
  problems.push(...crossCheck(entries, sections));
  if (problems.length > 0) throw new CatalogueError(problems);
  return Object.freeze({
    version: CATALOGUE_VERSION,
    sections,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
  });
}

/**
 * The keys of `dir`'s files whose check by their schema changes nothing (the build records them:
 * validated.ts). Throws CatalogueError if the catalogue has any problem, as loading it would.
 */
export function validatedContentKeys(dir = DEFAULT_CONTENT_DIR): string[] {
  loadCatalogue(dir, new Set());
  const { sections, entries } = parseAll(dir, [], new Set());
  return [sections, ...entries].flatMap((p) => (p.key === undefined ? [] : [p.key]));
}
