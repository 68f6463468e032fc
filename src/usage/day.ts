// Usage is kept per UTC day: the finest time it ever carries. No hour, no minute, no timestamp.

const DAY_MS = 24 * 60 * 60 * 1000;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** "2026-11-25": the UTC calendar day of `at`. */
export const dayOf = (at: Date): string => at.toISOString().slice(0, 10);

export const isDay = (value: string): boolean =>
  DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The `count` UTC days ending with the day of `now`, oldest first. */
export function lastDays(now: Date, count: number): string[] {
  const today = Date.parse(`${dayOf(now)}T00:00:00Z`);
  return Array.from({ length: count }, (_, i) => dayOf(new Date(today - (count - 1 - i) * DAY_MS)));
}

/** True when every moment of `day` (UTC) is before `cutoff`: the whole day is past retention. */
export const dayEndedBefore = (day: string, cutoff: Date): boolean =>
  Date.parse(`${day}T00:00:00Z`) + DAY_MS <= cutoff.getTime();
