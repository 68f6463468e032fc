// Time zones come from Teams (activity.localTimezone, an IANA name such as "America/Toronto").
// They are checked once, when a schedule is set, so the scheduler never meets a zone it cannot use.
import { Cron } from 'croner';

/** An IANA zone name ("America/Toronto", "UTC", "Etc/GMT+5"), never a bare offset. */
const IANA_NAME = /^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+)*$/;

/** Used when Teams sent no time zone (some clients omit it); the bot must tell the user. */
export const FALLBACK_TIME_ZONE = 'UTC';

export type TimeZoneResolution =
  | { readonly ok: true; readonly timeZone: string; readonly fallback: boolean }
  | { readonly ok: false; readonly reason: 'unknown-time-zone' };

/**
 * The canonical IANA name of `timeZone` ("america/toronto" → "America/Toronto"), UTC with
 * `fallback: true` when none was given, or an error for a name neither Intl nor croner accept.
 */
export function resolveTimeZone(timeZone: string | undefined | null): TimeZoneResolution {
  const given = timeZone?.trim();
  if (!given) return { ok: true, timeZone: FALLBACK_TIME_ZONE, fallback: true };
  // Names only: Node 24's Intl also takes offsets ("+05:30"), which have no daylight saving and which
  // Teams never sends; accepting them on one Node version and not another would change stored data.
  if (!IANA_NAME.test(given)) return { ok: false, reason: 'unknown-time-zone' };
  let canonical: string;
  try {
    canonical = new Intl.DateTimeFormat('en', { timeZone: given }).resolvedOptions().timeZone;
  } catch {
    return { ok: false, reason: 'unknown-time-zone' };
  }
  // Intl and croner agree today, but the scheduler depends on croner: check with it too.
  try {
    new Cron('0 0 * * *', { timezone: canonical, paused: true }).nextRun();
  } catch {
    return { ok: false, reason: 'unknown-time-zone' };
  }
  return { ok: true, timeZone: canonical, fallback: false };
}

export const isValidTimeZone = (timeZone: string): boolean => {
  const resolved = resolveTimeZone(timeZone);
  return resolved.ok && !resolved.fallback;
};
