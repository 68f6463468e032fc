// Usage counters for content owners, kept in memory and flushed to storage every minute and on
// shutdown. Design for several instances: each instance writes only its own record per UTC day,
// usage/<day>/<instanceId> (a random id drawn at start-up), always with its full count for that
// day. Nobody else writes that key, so there is nothing to contend on, a retried or repeated
// flush writes the same numbers again (never counts twice), and a report sums the day's records.
// A restart is a new instance with a new record: nothing is lost but the last unflushed minute.
import { randomBytes } from 'node:crypto';
import type { Logger } from '../util/logger.js';
import type { Storage } from '../storage/storage.js';
import { newCounts, type MutableCounts, type UsageRecord } from './counts.js';
import type { NotHelpfulReason } from './reasons.js';
import { dayOf, lastDays } from './day.js';
import { countsKey } from './keys.js';
import { addUnmatched, cleanQuestion, textHash, type PendingText } from './unmatched.js';

/** What the Q&A reports for each question: the entry answered, or which kind of miss. */
export type MatchOutcome =
  | { readonly kind: 'answer'; readonly entryId: string }
  | { readonly kind: 'did-you-mean' }
  /** `question` is only looked at when keeping unmatched questions is on. */
  | { readonly kind: 'not-found'; readonly question?: string };

export type UsageLogger = Pick<Logger, 'warn' | 'debug'>;

export interface UsageRecorder {
  /** The random id naming this instance's records (not derived from the host or anything else). */
  readonly instanceId: string;
  matched(outcome: MatchOutcome): void;
  feedback(entryId: string, helpful: boolean): void;
  /** What was missing, after "Was this helpful? — No". */
  notHelpfulReason(entryId: string, reason: NotHelpfulReason): void;
  /**
   * Writes what changed since the last flush; flushes never overlap. Rejects on a storage error;
   * nothing is lost: the next flush writes it. Unmatched question texts are written only once
   * their day has ended (or with `includeToday`, as stop() does): the store records when it wrote
   * a file, and that time must not tell when a question was asked.
   */
  flush(options?: { readonly includeToday?: boolean }): Promise<void>;
  /** Flushes every `intervalMs` (default one minute) until stop(). Idempotent. */
  start(options?: { intervalMs?: number; logger?: UsageLogger }): void;
  /** Stops the timer and flushes everything one last time (errors are logged, not thrown). */
  stop(): Promise<void>;
}

export interface UsageRecorderOptions {
  readonly storage: Storage;
  /** Config.keepUnmatchedQuestions: off by default. */
  readonly keepUnmatchedQuestions?: boolean;
  readonly now?: () => Date;
  readonly instanceId?: string;
}

export const FLUSH_INTERVAL_MS = 60_000;
/** Distinct unmatched texts held until written (a day at most); more are dropped, counts are not. */
export const MAX_PENDING_UNMATCHED = 1_000;
/** Days kept in memory after they ended, so a clock stepping back never overwrites a record. */
const DAYS_IN_MEMORY = 7;
const ENTRY_ID = /^[A-Za-z0-9_.-]{1,100}$/;

interface DayState {
  readonly counts: MutableCounts;
  /** Bumped on every change; `written` is the version last stored. */
  version: number;
  written: number;
}

const bump = (map: Record<string, number>, id: string) => {
  map[id] = (map[id] ?? 0) + 1;
};

export const newInstanceId = (): string => randomBytes(12).toString('base64url');

export function createUsageRecorder(options: UsageRecorderOptions): UsageRecorder {
  const { storage } = options;
  const now = options.now ?? (() => new Date());
  const instanceId = options.instanceId ?? newInstanceId();
  const keepText = options.keepUnmatchedQuestions === true;
  const days = new Map<string, DayState>();
  const pending = new Map<string, PendingText>();
  let chain: Promise<void> = Promise.resolve();
  let timer: NodeJS.Timeout | undefined;
  let logger: UsageLogger | undefined;

  function today(): DayState {
    const day = dayOf(now());
    let state = days.get(day);
    if (!state) {
      state = {
        counts: newCounts(),
        version: 0,
        written: 0,
      };
      days.set(day, state);
    }
    state.version += 1;
    return state;
  }

  function keepUnmatched(question: string): void {
    const text = cleanQuestion(question);
    if (text === undefined) return;
    const day = dayOf(now());
    const hash = textHash(text);
    const key = `${day}/${hash}`;
    const known = pending.get(key);
    if (known) known.count += 1;
    else if (pending.size < MAX_PENDING_UNMATCHED) pending.set(key, { day, text, hash, count: 1 });
  }

  async function writeCounts(): Promise<void> {
    const recent = new Set(lastDays(now(), DAYS_IN_MEMORY));
    for (const [day, state] of [...days]) {
      if (state.version > state.written) {
        const version = state.version;
        // A copy: counting goes on while the write is in flight.
        const record: UsageRecord = { day, ...structuredClone(state.counts) };
        await storage.write(countsKey(day, instanceId), record);
        state.written = version;
      }
      if (!recent.has(day) && state.version === state.written) days.delete(day);
    }
  }

  async function writeTexts(includeToday: boolean): Promise<void> {
    const day = dayOf(now());
    const batch = [...pending.values()].filter((item) => includeToday || item.day !== day);
    for (const item of batch) pending.delete(`${item.day}/${item.hash}`);
    for (const [i, item] of batch.entries()) {
      try {
        await addUnmatched(storage, item);
      } catch (error) {
        // Put back what was not stored (merged with anything counted meanwhile) for the next flush.
        for (const rest of batch.slice(i)) {
          const key = `${rest.day}/${rest.hash}`;
          const known = pending.get(key);
          if (known) known.count += rest.count;
          else pending.set(key, rest);
        }
        throw error;
      }
    }
  }

  function flush(options: { readonly includeToday?: boolean } = {}): Promise<void> {
    const flushOnce = async () => {
      await writeCounts();
      await writeTexts(options.includeToday === true);
    };
    const run = chain.then(flushOnce, flushOnce);
    chain = run.catch(() => undefined);
    return run;
  }

  const report = (error: unknown) =>
    logger?.warn(
      { err: { name: error instanceof Error ? error.name : typeof error } },
      'usage flush failed; will retry',
    );

  return {
    instanceId,
    matched(outcome) {
      if (outcome.kind === 'answer') {
        if (ENTRY_ID.test(outcome.entryId)) bump(today().counts.matched, outcome.entryId);
      } else if (outcome.kind === 'did-you-mean') {
        today().counts.didYouMean += 1;
      } else {
        today().counts.notFound += 1;
        if (keepText && outcome.question !== undefined) keepUnmatched(outcome.question);
      }
    },
    feedback(entryId, helpful) {
      if (!ENTRY_ID.test(entryId)) return;
      const { counts } = today();
      bump(helpful ? counts.helpful : counts.notHelpful, entryId);
    },
    notHelpfulReason(entryId, reason) {
      if (ENTRY_ID.test(entryId)) bump(today().counts.missing[reason], entryId);
    },
    flush,
    start(startOptions = {}) {
      logger = startOptions.logger ?? logger;
      if (timer) return;
      timer = setInterval(() => {
        flush().catch(report);
      }, startOptions.intervalMs ?? FLUSH_INTERVAL_MS);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await flush({ includeToday: true }).catch(report);
    },
  };
}
