// Applying a change to a channel's schedule, typed ("pause") or clicked (the card's Pause button):
// read, decide (changes.ts), write with If-Match, and start again when someone else wrote first.
// Says what happened in a line for the card (and, for a click, for the channel).
import type { Lang } from '../../guidance/types.js';
import type { Turn } from '../../contract/activities.js';
import { PreconditionFailedError } from '../../storage/errors.js';
import { planChange, type ChangeCommand } from './changes.js';
import type { Schedule } from './schedule.js';
import type { ScheduleStore } from './store.js';
import { SCHEDULE_STRINGS } from './strings.js';

export interface ChangeRequest {
  readonly key: string;
  readonly lang: Lang;
  readonly command: ChangeCommand;
  /** The turn that asked: its time zone, reference and sender. */
  readonly turn: Turn;
  /** A card's button: the schedule version the card showed. Another version changes nothing. */
  readonly expectChangedAt?: string;
}

export interface ChangeOutcome {
  /** Whether anything was written (or the schedule removed). */
  readonly changed: boolean;
  /** The schedule as it is now; undefined when there is none (never set, or just stopped). */
  readonly schedule: Schedule | undefined;
  /** Who did what, or why nothing changed. */
  readonly notice: string;
  readonly utcAssumed: boolean;
}

const ATTEMPTS = 3;

/** The display name Teams gave, or "Someone". */
export const whoOf = (turn: Turn, lang: Lang): string =>
  turn.user?.name?.trim() || SCHEDULE_STRINGS[lang].someone;

async function attempt(
  schedules: ScheduleStore,
  request: ChangeRequest,
  now: Date,
): Promise<ChangeOutcome> {
  const { key, lang, command, turn } = request;
  const t = SCHEDULE_STRINGS[lang];
  const who = whoOf(turn, lang);
  const current = await schedules.get(key);
  const unchanged = (notice: string): ChangeOutcome => ({
    changed: false,
    schedule: current?.schedule,
    notice,
    utcAssumed: false,
  });
  const expected = request.expectChangedAt;
  if (current && expected !== undefined && current.schedule.changedAt !== expected)
    return unchanged(t.stale);
  const plan = planChange(current?.schedule, command, {
    conversationKey: key,
    timeZone: turn.timezone,
    reference: turn.reference,
    changedBy: who,
    now,
  });
  if (plan.kind === 'rejected') return unchanged(t.unknownZone);
  if (plan.kind === 'none') return unchanged(t.nothingToDo[plan.reason]);
  if (plan.kind === 'remove') {
    await schedules.remove(key);
    return { changed: true, schedule: undefined, notice: t.stopped(who), utcAssumed: false };
  }
  const schedule = { ...plan.schedule, lang };
  await schedules.put(schedule, current?.eTag);
  const said = {
    set: t.set,
    pause: t.paused,
    resume: t.resumed,
    skip: t.skipped,
    stop: t.stopped,
  };
  return {
    changed: true,
    schedule,
    notice: said[command.kind](who),
    utcAssumed: plan.timeZoneFallback,
  };
}

export async function applyChange(
  schedules: ScheduleStore,
  request: ChangeRequest,
  now: () => Date,
): Promise<ChangeOutcome> {
  for (let i = 0; i < ATTEMPTS; i++) {
    try {
      return await attempt(schedules, request, now());
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
  }
  return {
    changed: false,
    schedule: (await schedules.get(request.key))?.schedule,
    notice: SCHEDULE_STRINGS[request.lang].busy,
    utcAssumed: false,
  };
}
