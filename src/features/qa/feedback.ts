// "Was this helpful?" counts: per entry, anonymous (no user, no question text), just two numbers.
export interface FeedbackCounts {
  readonly helpful: number;
  readonly notHelpful: number;
}

export interface FeedbackRecorder {
  record(entryId: string, helpful: boolean): Promise<void>;
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
    counts: () => Promise.resolve(new Map(counts)),
  };
}
