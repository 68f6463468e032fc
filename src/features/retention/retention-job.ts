// Runs the retention purge once an hour, at a random minute per instance (so several instances do
// not all purge at the same moment), never twice within an hour in one instance, never two at once.
import { Cron } from 'croner';
import type { Logger } from '../../util/logger.js';
import type { Storage } from '../../storage/storage.js';
import { purgeExpired, type PurgeResult } from './retention.js';

export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

export interface RetentionJobOptions {
  readonly storage: Storage;
  readonly retentionDays: number;
  readonly logger?: Pick<Logger, 'info' | 'warn'>;
  readonly now?: () => Date;
  /** Minute of the hour to run at; random by default. */
  readonly minute?: number;
  /** false: no timer, run() only (tests). */
  readonly schedule?: boolean;
}

export interface RetentionJob {
  /** Purges now, unless a purge started less than an hour ago (then resolves undefined). */
  run(): Promise<PurgeResult | undefined>;
  stop(): void;
}

export function startRetentionJob(options: RetentionJobOptions): RetentionJob {
  const { storage, retentionDays, logger } = options;
  const now = options.now ?? (() => new Date());
  let lastStart: number | undefined;
  let running: Promise<PurgeResult | undefined> | undefined;

  async function purge(): Promise<PurgeResult | undefined> {
    const at = now();
    if (lastStart !== undefined && at.getTime() - lastStart < RETENTION_INTERVAL_MS)
      return undefined;
    lastStart = at.getTime();
    const result = await purgeExpired({ storage, now: at, retentionDays });
    // Counts only: never keys, which name conversations (hashed) and people (hashed).
    logger?.info({ retentionDays, ...result }, 'retention purge done');
    return result;
  }

  function run(): Promise<PurgeResult | undefined> {
    running ??= purge().finally(() => {
      running = undefined;
    });
    return running;
  }

  const minute = options.minute ?? Math.floor(Math.random() * 60);
  const job =
    options.schedule === false
      ? undefined
      : new Cron(
          `${minute} * * * *`,
          {
            protect: true,
            catch: (error: unknown) =>
              logger?.warn(
                { err: { name: error instanceof Error ? error.name : typeof error } },
                'retention purge failed; will retry next hour',
              ),
          },
          async () => {
            await run();
          },
        );

  return {
    run,
    stop: () => job?.stop(),
  };
}
