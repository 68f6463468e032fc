// What a schedule command does to a channel's schedule, as a pure decision the Teams handler then
// writes (store.put with the eTag it read, or store.remove). Keeping it pure lets the handler retry
// on PreconditionFailedError by simply re-reading and deciding again.
import type { ControlKind, SetScheduleCommand } from './command.js';
import type { Schedule } from './schedule.js';
import { resolveTimeZone } from './timezone.js';

/** What the handler knows about the message that carried the command. */
export interface ChangeContext {
  /** KeyHasher.conversation(activity.conversation.id). */
  readonly conversationKey: string;
  /** activity.localTimezone (IANA); undefined when Teams sent none (UTC is then used). */
  readonly timeZone: string | undefined;
  /** TurnContext.getConversationReference(activity), stored as-is. */
  readonly reference: unknown;
  /** activity.from.name. */
  readonly changedBy: string;
  readonly now: Date;
}

export type ChangeCommand = SetScheduleCommand | { readonly kind: ControlKind };

export const NO_CHANGE_REASONS = [
  'no-schedule',
  'not-active',
  'already-active',
  'already-skipping',
] as const;
export type NoChangeReason = (typeof NO_CHANGE_REASONS)[number];

export type ScheduleChange =
  /** Write this schedule; tell the user when UTC was assumed because Teams sent no time zone. */
  | { readonly kind: 'put'; readonly schedule: Schedule; readonly timeZoneFallback: boolean }
  | { readonly kind: 'remove' }
  | { readonly kind: 'none'; readonly reason: NoChangeReason }
  | { readonly kind: 'rejected'; readonly reason: 'unknown-time-zone' };

export function planChange(
  existing: Schedule | undefined,
  command: ChangeCommand,
  context: ChangeContext,
): ScheduleChange {
  // Every change records who made it and refreshes the reference; changedAt also keeps a change
  // from posting a slot that was already due (e.g. "resume" at 9:30 for a 9:00 slot).
  const touched = {
    changedBy: context.changedBy,
    changedAt: context.now.toISOString(),
    reference: context.reference,
  };
  if (command.kind === 'set') {
    const zone = resolveTimeZone(context.timeZone);
    if (!zone.ok) return { kind: 'rejected', reason: zone.reason };
    const schedule: Schedule = {
      conversationKey: context.conversationKey,
      day: command.day,
      hour: command.hour,
      minute: command.minute,
      timeZone: zone.timeZone,
      status: 'active',
      skipNext: false,
      lang: command.lang,
      ...touched,
    };
    return { kind: 'put', schedule, timeZoneFallback: zone.fallback };
  }
  if (!existing) return { kind: 'none', reason: 'no-schedule' };
  switch (command.kind) {
    case 'stop':
      return { kind: 'remove' };
    case 'pause':
      if (existing.status !== 'active') return { kind: 'none', reason: 'not-active' };
      return put({ ...existing, ...touched, status: 'paused' });
    case 'resume':
      if (existing.status === 'active') return { kind: 'none', reason: 'already-active' };
      // A message from the channel shows the bot can reach it again, so "blocked" is cleared too.
      return put({ ...existing, ...touched, status: 'active', inactiveReason: undefined });
    case 'skip':
      if (existing.skipNext) return { kind: 'none', reason: 'already-skipping' };
      return put({ ...existing, ...touched, skipNext: true });
  }
}

const put = (schedule: Schedule): ScheduleChange => ({
  kind: 'put',
  schedule,
  timeZoneFallback: false,
});
