// `npm run report -- [--days 30] [--unmatched]`, testable: arguments and environment in, text out.
// Reads the configured storage (the same settings as the bot) and never writes to it.
import { parseArgs } from 'node:util';
import { readConfig } from '../config/config.js';
import { loadCatalogue } from '../guidance/load.js';
import { createStorage } from '../storage/create.js';
import type { Storage } from '../storage/storage.js';
import { formatReport, readUnmatched, readUsage } from './report.js';

export const USAGE = 'Usage: npm run report -- [--days 30] [--unmatched]';

export interface CommandResult {
  readonly code: number;
  readonly output: string;
}

export async function runReportCommand(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  options: { readonly storage?: Storage; readonly now?: Date } = {},
): Promise<CommandResult> {
  let values: { days?: string; unmatched?: boolean; help?: boolean };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        days: { type: 'string' },
        unmatched: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    return { code: 2, output: `${(error as Error).message}\n${USAGE}` };
  }
  if (values.help) return { code: 0, output: USAGE };
  const days = values.days === undefined ? 30 : Number(values.days);
  if (!/^\d+$/.test(values.days ?? '30') || days < 1 || days > 3650)
    return { code: 2, output: `--days must be a whole number from 1 to 3650\n${USAGE}` };
  const storage = options.storage ?? (await createStorage(readConfig(env)));
  try {
    const now = options.now ?? new Date();
    const report = await readUsage(storage, { days, now });
    const unmatched = values.unmatched ? await readUnmatched(storage, { days, now }) : undefined;
    return { code: 0, output: formatReport(report, loadCatalogue(), unmatched) };
  } finally {
    if (!options.storage) await storage.close();
  }
}
