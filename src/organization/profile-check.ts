// The one check a profile passes before the bot uses it, whether it comes from SUPPORT_PROFILE at
// start-up, from storage on a reload, or from a content owner's `check` before publishing: its own
// fields (profile.ts) and its reminder against the guidance it is added to (an entry id the guidance
// already uses, a related entry that does not exist). Every problem is listed, never just the first.
import { CatalogueError } from '../guidance/errors.js';
import { withAddition } from '../guidance/extend.js';
import type { Catalogue } from '../guidance/types.js';
import { parseSupportProfile, supportProfileProblems } from './profile.js';

/** Every problem with `json` as the profile of a deployment serving `guidance`; empty when none. */
export function profileProblems(json: unknown, guidance: Catalogue): string[] {
  const own = supportProfileProblems(json);
  if (own.length > 0) return own;
  try {
    withAddition(guidance, parseSupportProfile(json).reminder);
    return [];
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems.map((p) => `reminder: ${p}`);
    throw error;
  }
}

/** `text` (a profile file's content) parsed as JSON, or the one problem that it is not JSON. */
export function profileJson(text: string): { json: unknown } | { problems: string[] } {
  try {
    return { json: JSON.parse(text) as unknown };
  } catch (error) {
    return { problems: [`not valid JSON (${(error as Error).message})`] };
  }
}
