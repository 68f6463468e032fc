// What the model learns to recognise: the guidance's entries and every shipped organization's own
// entries (its reminder). At run time the matcher only offers entries of the catalogue it serves, so
// a reminder's classes stay silent for every other organization.
import { readdirSync } from 'node:fs';
import { withAddition } from '../../guidance/extend.js';
import { loadCatalogue } from '../../guidance/load.js';
import type { Catalogue } from '../../guidance/types.js';
import { loadSupportProfile } from '../../organization/profile.js';

export const PROFILES_DIR = new URL('../../organization/profiles/', import.meta.url);

/** Names of the organization profiles shipped in src/organization/profiles. */
export const shippedProfiles = (): string[] =>
  readdirSync(PROFILES_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => f.slice(0, -'.json'.length));

export function trainingCatalogue(): Catalogue {
  return shippedProfiles().reduce(
    (catalogue, name) => withAddition(catalogue, loadSupportProfile(name).reminder),
    loadCatalogue(),
  );
}
