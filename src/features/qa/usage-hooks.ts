// How the bot reports to the usage counters: the Q&A's onMatched hook and "Was this helpful?".
import type { FeedbackRecorder } from './feedback.js';
import type { QuestionMiss } from './qa.js';
import type { UsageRecorder } from '../../usage/recorder.js';

/** For QaDeps.onMatched: an entry id when answered, else the kind of miss. */
export const countMatches =
  (usage: UsageRecorder) =>
  (entryId: string | undefined, miss?: QuestionMiss): void => {
    if (entryId !== undefined) usage.matched({ kind: 'answer', entryId });
    else if (miss?.kind === 'did-you-mean') usage.matched({ kind: 'did-you-mean' });
    else usage.matched({ kind: 'not-found', ...(miss ? { question: miss.question } : {}) });
  };

/**
 * "Was this helpful?" clicks, counted where they were before (in memory, for counts()) and also in
 * the day's usage record, so they survive restarts and reach the usage report. Counts only.
 */
export function feedbackWithUsage(inner: FeedbackRecorder, usage: UsageRecorder): FeedbackRecorder {
  return {
    async record(entryId, helpful) {
      await inner.record(entryId, helpful);
      usage.feedback(entryId, helpful);
    },
    async reason(entryId, reason) {
      await inner.reason(entryId, reason);
      usage.notHelpfulReason(entryId, reason);
    },
    counts: () => inner.counts(),
  };
}
