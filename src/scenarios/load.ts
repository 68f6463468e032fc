// Loads the scenario bank from its JSON file and validates it against the catalogue, once, at start-up.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../guidance/types.js';
import { crossCheck, labelOf } from './check.js';
import { ScenarioError } from './errors.js';
import { scenarioSchema } from './schema.js';
import type { Scenario } from './types.js';

export const DEFAULT_SCENARIOS_FILE = fileURLToPath(
  new URL('./content/scenarios.json', import.meta.url),
);

/**
 * The scenario bank, validated: its shape, and its agreement with the catalogue (entry and question
 * ids, verdicts). Throws a ScenarioError listing every problem found.
 */
export function loadScenarios(
  catalogue: Catalogue,
  file = DEFAULT_SCENARIOS_FILE,
): readonly Scenario[] {
  const name = basename(file);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ScenarioError([`${name}: ${(error as Error).message}`]);
  }
  if (!Array.isArray(json)) throw new ScenarioError([`${name}: expected an array of scenarios`]);
  const raws: readonly unknown[] = json;

  const problems: string[] = [];
  const scenarios: Scenario[] = [];
  raws.forEach((raw, i) => {
    const result = scenarioSchema.safeParse(raw);
    if (result.success) scenarios.push(result.data);
    else
      for (const issue of result.error.issues) {
        const path = issue.path.length > 0 ? ` ${issue.path.join('.')}` : '';
        problems.push(`${name} ${labelOf(raw, i)}${path}: ${issue.message}`);
      }
  });
  problems.push(...crossCheck(raws, catalogue).map((p) => `${name} ${p}`));
  if (problems.length > 0) throw new ScenarioError(problems);
  return Object.freeze(scenarios);
}
