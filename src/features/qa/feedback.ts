// "Was this helpful?" counts: per entry, anonymous (no user, no question text), just numbers: yes,
// no, and after "no" which of a few fixed reasons (usage/reasons.ts).
import type { NotHelpfulReason } from '../../usage/reasons.js';

export interface FeedbackCounts {
  readonly helpful: number;
  readonly notHelpful: number;
  readonly reasons?: Readonly<Partial<Record<NotHelpfulReason, number>>>;
}

export interface FeedbackRecorder {
  record(entryId: string, helpful: boolean): Promise<void>;
  /** What was missing, after "No" (already counted by record). */
  reason(entryId: string, reason: NotHelpfulReason): Promise<void>;
  counts(): Promise<ReadonlyMap<string, FeedbackCounts>>;
}

export function memoryFeedback(): FeedbackRecorder {
  const counts = new Map<string, FeedbackCounts>();
  return {
    record(entryId, helpful) {
      const c = counts.get(entryId) ?? { helpful: 0, notHelpful: 0 };
      counts.set(
        entryId,
        helpful ? { ...c, helpful: c.helpful + 1 } : { ...c, notHelpful: c.notHelpful + 1 },
      );
      return Promise.resolve();
    },
    reason(entryId, reason) {
      const c = counts.get(entryId) ?? { helpful: 0, notHelpful: 0 };
      const reasons = { ...c.reasons, [reason]: (c.reasons?.[reason] ?? 0) + 1 };
      counts.set(entryId, { ...c, reasons });
      return Promise.resolve();
    },
    counts: () => Promise.resolve(new Map(counts)),
  };
}
