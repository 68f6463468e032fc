// How the channel's last weekly slot went, for the "schedule" reply: people should hear from the
// bot that a week's scenario went out late or not at all, not discover it.
import { MAX_LATENESS_MS } from './due.js';
import type { SlotRecord } from './slots.js';

/** A post later than this is reported as late. */
export const LATE_AFTER_MS = 15 * 60 * 1000;

export type LastPost =
  | { readonly kind: 'late'; readonly scheduledFor: Date; readonly sentAt: Date }
  | { readonly kind: 'retrying'; readonly scheduledFor: Date }
  | { readonly kind: 'lost'; readonly scheduledFor: Date };

/** What to tell the channel about `slot` at `now`; undefined when there is nothing to report. */
export function lastPost(
  slot: SlotRecord | undefined,
  now: Date,
  maxLatenessMs = MAX_LATENESS_MS,
): LastPost | undefined {
  if (!slot) return undefined;
  const scheduledFor = new Date(slot.scheduledFor);
  const windowOver = now.getTime() > scheduledFor.getTime() + maxLatenessMs;
  switch (slot.status) {
    case 'sent': {
      const sentAt = new Date(slot.sentAt ?? slot.scheduledFor);
      return sentAt.getTime() - scheduledFor.getTime() > LATE_AFTER_MS
        ? { kind: 'late', scheduledFor, sentAt }
        : undefined;
    }
    case 'skipped':
      return undefined;
    case 'given-up':
      return { kind: 'lost', scheduledFor };
    case 'failed':
      if (slot.errorCode === 'blocked') return undefined; // said by the schedule's own status
      return windowOver || !slot.retryAt
        ? { kind: 'lost', scheduledFor }
        : { kind: 'retrying', scheduledFor };
    default:
      return windowOver ? { kind: 'lost', scheduledFor } : undefined;
  }
}
