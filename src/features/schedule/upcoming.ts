// When the channel's next weekly scenario goes out, as the schedule card shows it. The same rules
// as the scheduler's (due.ts): no slot at or before the last change by a person, and a skipped
// slot is followed by the next week's.
import { nextRun, type Schedule } from './schedule.js';

export interface Upcoming {
  /** The next post; undefined while the schedule is paused or stopped by the scheduler. */
  readonly next?: Date;
  /** The slot that "skip next" will leave out, when one is to be skipped. */
  readonly skipped?: Date;
}

export function upcoming(
  schedule: Pick<
    Schedule,
    'day' | 'hour' | 'minute' | 'timeZone' | 'changedAt' | 'status' | 'skipNext'
  >,
  now: Date,
): Upcoming {
  if (schedule.status !== 'active') return {};
  const from = new Date(Math.max(now.getTime(), Date.parse(schedule.changedAt)));
  const first = nextRun(schedule, from);
  return schedule.skipNext ? { skipped: first, next: nextRun(schedule, first) } : { next: first };
}
