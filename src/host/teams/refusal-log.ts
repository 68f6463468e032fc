// Logging refused requests without letting a flood of them flood the logs: every refusal at debug,
// and at most one warning per reason per interval, carrying how many were left out since the last.
import type { Logger } from '../../util/logger.js';

export type RefusalLog = (message: string, reason: string, fields: Record<string, unknown>) => void;

/** `reason` must come from a fixed set (never request data): it keys a small map. */
export function createRefusalLog(logger: Logger, intervalMs = 60_000, now = Date.now): RefusalLog {
  const last = new Map<string, { at: number; suppressed: number }>();
  return (message, reason, fields) => {
    logger.debug({ ...fields, reason }, message);
    const t = now();
    const seen = last.get(reason);
    if (seen && t - seen.at < intervalMs) {
      seen.suppressed += 1;
      return;
    }
    logger.warn({ ...fields, reason, suppressedSinceLast: seen?.suppressed ?? 0 }, message);
    last.set(reason, { at: t, suppressed: 0 });
  };
}
