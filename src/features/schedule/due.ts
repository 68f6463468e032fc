// When a schedule's current weekly slot is due.
import { nextRun, type Schedule } from './schedule.js';

/**
 * How late a slot may still be posted. After a longer outage the slot is skipped: a "weekly
 * scenario" arriving at 3 a.m. or the next day interrupts a team more than it helps, and the next
 * week's slot comes anyway. Kept well under a week (minus a DST hour), so at most one slot is ever
 * due at a time.
 */
export const MAX_LATENESS_MS = 6 * 60 * 60 * 1000;

/**
 * The slot to post now: the first scheduled instant after the later of the last change by a
 * person (a schedule set at 9:05 for "Monday 9:00" starts next week) and `now - maxLatenessMs`,
 * if it is not in the future. Whether it was already posted is the slot record's business.
 */
export function dueSlot(
  schedule: Pick<Schedule, 'day' | 'hour' | 'minute' | 'timeZone' | 'changedAt'>,
  now: Date,
  maxLatenessMs: number = MAX_LATENESS_MS,
): Date | undefined {
  const since = Math.max(Date.parse(schedule.changedAt), now.getTime() - maxLatenessMs);
  const next = nextRun(schedule, new Date(since));
  return next.getTime() <= now.getTime() ? next : undefined;
}
