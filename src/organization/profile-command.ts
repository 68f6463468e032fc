// `npx tsx src/cli/profile.ts check|publish <file>` and `… remove`: how a content owner changes the
// organization profile without a redeploy. `check` runs the bot's own check (every problem listed);
// `publish` checks, then stores the profile where the running bot reads it (PROFILE_KEY in the
// storage the bot is configured with: same environment variables); `remove` deletes it, so the
// configured profile (SUPPORT_PROFILE) applies again. Testable: arguments and environment in, text out.
import { readFile } from 'node:fs/promises';
import { readConfig } from '../config/config.js';
import { loadCatalogue } from '../guidance/load.js';
import { readModelFile } from '../matching/trained.js';
import { createStorage } from '../storage/create.js';
import type { Storage } from '../storage/storage.js';
import { profileJson, profileProblems } from './profile-check.js';
import { parseSupportProfile, type SupportProfile } from './profile.js';
import { PROFILE_KEY } from './profile-source.js';

export const USAGE = 'Usage: npx tsx src/cli/profile.ts check <file> | publish <file> | remove';

export interface CommandResult {
  readonly code: number;
  readonly output: string;
}

type Checked = { profile: SupportProfile; json: unknown } | { problems: readonly string[] };

async function checkFile(file: string): Promise<Checked> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { problems: [`cannot read ${file} (${(error as Error).message})`] };
  }
  const parsed = profileJson(text);
  if ('problems' in parsed) return parsed;
  const problems = profileProblems(parsed.json, loadCatalogue());
  if (problems.length > 0) return { problems };
  return { profile: parseSupportProfile(parsed.json, file), json: parsed.json };
}

/**
 * What the profile holds, and its reminder's entries the matcher was not trained on: they show under
 * topics and as related entries at once, but questions find them only after `npm run train` and a
 * redeploy (the model learns from phrasings; it cannot learn while the bot runs).
 */
function summary(profile: SupportProfile): string {
  const entries = profile.reminder?.entries ?? [];
  const known = (['en', 'fr'] as const).map((lang) => new Set(readModelFile(lang).classes));
  const untrained = entries.filter((e) => !known.every((k) => k.has(e.id))).map((e) => e.id);
  return [
    `${profile.contacts.length} contact(s), ${entries.length} reminder entr${entries.length === 1 ? 'y' : 'ies'}.`,
    ...(untrained.length
      ? [
          `Questions will not find these new entries until the model is retrained (npm run train) and the bot redeployed; they show under topics at once: ${untrained.join(', ')}.`,
        ]
      : []),
  ].join('\n');
}

const refused = (problems: readonly string[]): CommandResult => ({
  code: 1,
  output: `The profile has ${problems.length} problem(s); fix them all, then check again:\n- ${problems.join('\n- ')}`,
});

const whenApplied = (minutes: number) =>
  `the bot applies it ${minutes > 0 ? `within ${minutes} minute(s), ` : ''}at its next start, or at once on SIGHUP.`;

/** Runs `act` on the storage the bot is configured with (the same environment variables). */
async function withStorage(
  env: NodeJS.ProcessEnv,
  given: Storage | undefined,
  act: (storage: Storage, when: string, kind: string) => Promise<string>,
): Promise<CommandResult> {
  const config = readConfig(env);
  const storage = given ?? (await createStorage(config));
  try {
    return {
      code: 0,
      output: await act(storage, whenApplied(config.profileReloadMinutes), config.storage),
    };
  } finally {
    if (!given) await storage.close();
  }
}

export async function runProfileCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { readonly storage?: Storage } = {},
): Promise<CommandResult> {
  const [command, file, ...rest] = argv;
  if (command === 'remove' && file === undefined)
    return withStorage(env, options.storage, async (storage, when) => {
      await storage.delete(PROFILE_KEY);
      return `Removed ${PROFILE_KEY}: the configured profile (SUPPORT_PROFILE) is back; ${when}`;
    });
  if ((command !== 'check' && command !== 'publish') || !file || rest.length > 0)
    return { code: 2, output: USAGE };
  const checked = await checkFile(file);
  if ('problems' in checked) return refused(checked.problems);
  if (command === 'check')
    return { code: 0, output: `The profile is ready: ${summary(checked.profile)}` };
  return withStorage(env, options.storage, async (storage, when, kind) => {
    await storage.write(PROFILE_KEY, checked.json);
    return `Published to ${PROFILE_KEY} (${kind} storage); ${when}\n${summary(checked.profile)}`;
  });
}
