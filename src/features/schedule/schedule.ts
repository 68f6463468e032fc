// One channel's weekly scenario schedule: when to post (a weekday and a wall-clock time in the time
// zone of the person who set it) and where (the Teams conversation reference, kept opaque so this
// domain never depends on botbuilder).
import { Cron } from 'croner';
import { z } from 'zod';
import { LANGS, type Lang } from '../../guidance/types.js';
import type { Weekday } from './command.js';
import { isValidTimeZone } from './timezone.js';

export const SCHEDULE_STATUSES = ['active', 'paused', 'inactive'] as const;
export type ScheduleStatus = (typeof SCHEDULE_STATUSES)[number];

/** Why the scheduler itself made a schedule inactive: the bot can no longer post there (403). */
export const INACTIVE_REASONS = ['blocked'] as const;
export type InactiveReason = (typeof INACTIVE_REASONS)[number];

export interface Schedule {
  /** KeyHasher.conversation(conversation.id): never the raw id. */
  readonly conversationKey: string;
  readonly day: Weekday;
  readonly hour: number;
  readonly minute: number;
  /** IANA name, validated with resolveTimeZone. */
  readonly timeZone: string;
  readonly status: ScheduleStatus;
  /** The next due slot is claimed as skipped, then this is cleared. */
  readonly skipNext: boolean;
  /** Language of the posted card and of the scheduler's messages. */
  readonly lang: Lang;
  /** Display name of the last person who changed the schedule (shown in "schedule" replies). */
  readonly changedBy: string;
  /** ISO instant of the last change by a person; no slot at or before it is posted. */
  readonly changedAt: string;
  /** The Teams ConversationReference, stored as-is for proactive sends. */
  readonly reference: unknown;
  readonly inactiveReason?: InactiveReason;
}

/** Validates what comes back from storage: an old or hand-edited record must not crash a tick. */
export const scheduleSchema = z.object({
  conversationKey: z.string().regex(/^[A-Za-z0-9_-]+$/),
  day: z.union([
    z.literal(0),
    z.literal(1),
    z.literal(2),
    z.literal(3),
    z.literal(4),
    z.literal(5),
    z.literal(6),
  ]),
  hour: z.number().int().min(0).max(23),
  minute: z.number().int().min(0).max(59),
  timeZone: z.string().refine(isValidTimeZone, 'unknown time zone'),
  status: z.enum(SCHEDULE_STATUSES),
  skipNext: z.boolean(),
  lang: z.enum(LANGS),
  changedBy: z.string(),
  changedAt: z.string().datetime(),
  // A ConversationReference is a JSON object; anything else cannot be sent to.
  reference: z.custom<object>((v) => typeof v === 'object' && v !== null, 'reference is required'),
  inactiveReason: z.enum(INACTIVE_REASONS).optional(),
}) satisfies z.ZodType<Schedule>;

/** The croner pattern: minute hour day-of-month month day-of-week. */
export const cronPattern = (s: Pick<Schedule, 'day' | 'hour' | 'minute'>): string =>
  `${s.minute} ${s.hour} * * ${s.day}`;

/**
 * The first scheduled instant strictly after `after`. croner does the calendar work, so a DST change
 * keeps the wall-clock time (9:00 stays 9:00 local, and the UTC instant moves by an hour); a time
 * that does not exist on the spring-forward day runs at the first valid time after the gap.
 */
export function nextRun(
  schedule: Pick<Schedule, 'day' | 'hour' | 'minute' | 'timeZone'>,
  after: Date,
): Date {
  const next = new Cron(cronPattern(schedule), {
    timezone: schedule.timeZone,
    paused: true,
  }).nextRun(after);
  // A weekly pattern always has a next run; null would mean croner rejected the pattern.
  if (!next) throw new Error(`No next run for pattern ${cronPattern(schedule)}`);
  return next;
}

const DAY_NAMES: Record<Lang, readonly string[]> = {
  en: ['Sundays', 'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays'],
  fr: ['dimanches', 'lundis', 'mardis', 'mercredis', 'jeudis', 'vendredis', 'samedis'],
};

/** "Mondays at 9:00 (America/Toronto)" / "les lundis à 9 h 00 (America/Toronto)". */
export function describe(
  schedule: Pick<Schedule, 'day' | 'hour' | 'minute' | 'timeZone'>,
  lang: Lang,
): string {
  const day = DAY_NAMES[lang][schedule.day] ?? '';
  const mm = String(schedule.minute).padStart(2, '0');
  return lang === 'fr'
    ? `les ${day} à ${schedule.hour} h ${mm} (${schedule.timeZone})`
    : `${day} at ${schedule.hour}:${mm} (${schedule.timeZone})`;
}
