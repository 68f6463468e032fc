// The catalogue a deployment serves: the guidance's own entries, plus an organization's entries
// (its reminder) when its profile has any. The guidance's entries never point at an organization's
// (checked when the guidance's catalogue is loaded alone), so without the profile nothing of it shows.
import { crossCheck } from './check.js';
import { CatalogueError } from './errors.js';
import type { Catalogue, Entry, Section } from './types.js';

export interface CatalogueAddition {
  readonly section: Section;
  readonly entries: readonly Entry[];
}

/** `catalogue` with `addition`'s section and entries at the end; throws CatalogueError. */
export function withAddition(
  catalogue: Catalogue,
  addition: CatalogueAddition | undefined,
): Catalogue {
  if (!addition) return catalogue;
  const sections = [...catalogue.sections, addition.section];
  const entries = [...catalogue.entries, ...addition.entries];
  const problems = crossCheck(entries, sections);
  if (problems.length > 0) throw new CatalogueError(problems);
  return Object.freeze({
    version: catalogue.version,
    sections,
    entries,
    byId: new Map(entries.map((e) => [e.id, e])),
  });
}
