// Posts each channel's weekly scenario. tick() is the whole algorithm and is safe to run often and
// from several instances at once: the create-only slot claim decides who posts, so the minutely
// timer in start() is only a trigger.
import { Cron } from 'croner';
import { silentLogger } from '../logger.js';
import type { Storage } from '../storage/storage.js';
import type { Versioned } from './conditional.js';
import { dueSlot, MAX_LATENESS_MS } from './due.js';
import { slotKey } from './keys.js';
import { advanceRotation, type Random } from './rotation.js';
import type { Schedule } from './schedule.js';
import { claimSlot, completeSlot, readSlot, type SlotRecord } from './slots.js';
import { createScheduleStore, type ScheduleLogger, type ScheduleStore } from './store.js';

/** Sends the scenario card to schedule.reference; resolves with the id of the message posted. */
export type PostScenario = (
  schedule: Schedule,
  scenarioId: string,
) => Promise<{ messageId: string }>;

export interface SchedulerOptions {
  readonly storage: Storage;
  readonly clock: { now(): Date };
  readonly post: PostScenario;
  /** Ids of the scenarios in rotation. */
  readonly scenarios: readonly string[];
  readonly random?: Random;
  readonly logger?: ScheduleLogger;
  /** Defaults to MAX_LATENESS_MS (6 hours). */
  readonly maxLatenessMs?: number;
  /** Channels handled at once in a tick (claim, post, record). Defaults to DEFAULT_CONCURRENCY. */
  readonly concurrency?: number;
}

/**
 * Posts in flight at once. Proactive sends are paced per tenant (50/s, src/teams/send-pacing.ts);
 * one at a time, each post's own latency (~100–300 ms to Teams) would hold a tick far below that
 * rate. 16 in flight keeps the pacer busy at Teams' latency and bounds the sockets and storage
 * writes open at once.
 */
export const DEFAULT_CONCURRENCY = 16;

/** The error code a post() error carries when the bot may no longer post there (mapped from 403). */
export const BLOCKED_CODE = 'blocked';
/** Slot error codes set by the scheduler itself. */
export const NO_SCENARIOS_CODE = 'no-scenarios';
export const UNKNOWN_CODE = 'unknown';

export interface SlotOutcome {
  readonly conversationKey: string;
  readonly slotKey: string;
  readonly scheduledFor: string;
  /** deferred: nothing was posted and the slot was given back, for the next tick to try again. */
  readonly status: 'sent' | 'skipped' | 'failed' | 'deferred';
  readonly scenarioId?: string;
  readonly messageId?: string;
  readonly errorCode?: string;
}

export interface TickResult {
  /** Active schedules looked at. */
  readonly checked: number;
  /** Slots this tick claimed, and how each ended. Slots claimed earlier or elsewhere are not here. */
  readonly outcomes: readonly SlotOutcome[];
}

export interface Scheduler {
  tick(): Promise<TickResult>;
  /** Runs tick() every minute (croner), never two at once in this instance. Idempotent. */
  start(): void;
  stop(): void;
}

/** Runs `fn` over `items` with at most `limit` calls pending; results in the order of `items`. */
async function mapBounded<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code !== ''
    ? error.code
    : UNKNOWN_CODE;

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { storage, clock, post, scenarios } = options;
  const random = options.random ?? Math.random;
  const logger = options.logger ?? silentLogger();
  const maxLatenessMs = options.maxLatenessMs ?? MAX_LATENESS_MS;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const store: ScheduleStore = createScheduleStore(storage, { logger });
  let job: Cron | undefined;

  // "skip next" is consumed by the slot it skipped. If the instance stopped between claiming the
  // skipped slot and clearing the flag, finish the job, or the following week would be skipped too.
  // A flag set after that slot (changedAt later) is a new request and is left alone.
  async function repairSkipFlag(schedule: Schedule, slot: SlotRecord): Promise<void> {
    if (slot.status !== 'skipped' || !schedule.skipNext) return;
    if (Date.parse(schedule.changedAt) >= Date.parse(slot.scheduledFor)) return;
    await store.update(schedule.conversationKey, (s) =>
      s.skipNext && s.changedAt === schedule.changedAt ? { ...s, skipNext: false } : undefined,
    );
  }

  async function skip(
    schedule: Schedule,
    key: string,
    claim: SlotRecord,
  ): Promise<SlotOutcome | undefined> {
    const claimed = await claimSlot(storage, key, { ...claim, status: 'skipped' });
    if (!claimed) return undefined;
    await store.update(schedule.conversationKey, (s) =>
      s.skipNext ? { ...s, skipNext: false } : undefined,
    );
    return {
      conversationKey: schedule.conversationKey,
      slotKey: key,
      scheduledFor: claim.scheduledFor,
      status: 'skipped',
    };
  }

  async function markBlocked(conversationKey: string): Promise<void> {
    await store.update(conversationKey, (s) =>
      s.status === 'inactive' ? undefined : { ...s, status: 'inactive', inactiveReason: 'blocked' },
    );
  }

  async function send(
    schedule: Schedule,
    key: string,
    claimed: Versioned<SlotRecord>,
  ): Promise<SlotOutcome> {
    const base = {
      conversationKey: schedule.conversationKey,
      slotKey: key,
      scheduledFor: claimed.value.scheduledFor,
    };
    let scenarioId: string | undefined;
    let result: { messageId: string } | undefined;
    try {
      scenarioId = await advanceRotation(storage, schedule.conversationKey, scenarios, random);
    } catch (error) {
      return release(base, error);
    }
    try {
      if (scenarioId !== undefined) result = await post(schedule, scenarioId);
    } catch (error) {
      // The slot stays claimed, now as failed: there is no automatic re-post in this version, so a
      // transient failure costs the channel one week rather than risking a duplicate card (the
      // post may have reached Teams before the error). A retry policy would hang off this record.
      const code = errorCode(error);
      logger.warn(
        { conversationKey: schedule.conversationKey, slotKey: key, errorCode: code },
        'scheduled scenario post failed',
      );
      await completeSlot(storage, key, claimed, {
        status: 'failed',
        errorCode: code,
        ...(scenarioId === undefined ? {} : { scenarioId }),
      });
      if (code === BLOCKED_CODE) await markBlocked(schedule.conversationKey);
      return { ...base, status: 'failed', errorCode: code, scenarioId };
    }
    if (scenarioId === undefined || result === undefined) {
      await completeSlot(storage, key, claimed, { status: 'failed', errorCode: NO_SCENARIOS_CODE });
      return { ...base, status: 'failed', errorCode: NO_SCENARIOS_CODE };
    }
    // The card is out. Should this write fail, the slot stays "claimed" and is still never re-posted.
    const { messageId } = result;
    await completeSlot(storage, key, claimed, {
      status: 'sent',
      scenarioId,
      messageId,
      sentAt: clock.now().toISOString(),
    });
    return { ...base, status: 'sent', scenarioId, messageId };
  }

  /**
   * The scenario could not be picked (a storage error): nothing reached Teams, so the claim is
   * given back and a later tick of the same slot's window posts it. Should the release fail too,
   * the slot stays claimed and the week is missed, as for any slot whose instance died.
   */
  async function release(base: Omit<SlotOutcome, 'status'>, error: unknown): Promise<SlotOutcome> {
    const code = errorCode(error);
    logger.warn(
      { conversationKey: base.conversationKey, slotKey: base.slotKey, errorCode: code },
      'scheduled scenario not posted: no scenario picked, slot released for the next tick',
    );
    await storage.delete(base.slotKey);
    return { ...base, status: 'deferred', errorCode: code };
  }

  async function runSchedule(schedule: Schedule, now: Date): Promise<SlotOutcome | undefined> {
    const scheduledFor = dueSlot(schedule, now, maxLatenessMs);
    if (!scheduledFor) return undefined;
    const key = slotKey(schedule.conversationKey, scheduledFor);
    // Reading first keeps the common case (already handled this week) free of failed writes.
    const existing = await readSlot(storage, key);
    if (existing) {
      await repairSkipFlag(schedule, existing.value);
      return undefined;
    }
    const claim: SlotRecord = {
      conversationKey: schedule.conversationKey,
      scheduledFor: scheduledFor.toISOString(),
      status: 'claimed',
      claimedAt: now.toISOString(),
    };
    if (schedule.skipNext) return skip(schedule, key, claim);
    const claimed = await claimSlot(storage, key, claim);
    if (!claimed) return undefined; // another instance won the claim: it posts
    return send(schedule, key, claimed);
  }

  async function tick(): Promise<TickResult> {
    const now = clock.now();
    const active = (await store.listAll()).filter(({ schedule }) => schedule.status === 'active');
    // Several channels at once, each on its own: every slot is still claimed create-only before its
    // post (runSchedule), and no two entries share a conversation (one schedule record each), so
    // concurrency changes when a channel is reached, never whether it is posted twice. A channel
    // not reached in this tick is reached by the next one (its slot stays due for maxLatenessMs).
    const results = await mapBounded(active, concurrency, async ({ schedule }) => {
      try {
        const outcome = await runSchedule(schedule, now);
        if (outcome) {
          logger.info(
            {
              conversationKey: outcome.conversationKey,
              slotKey: outcome.slotKey,
              status: outcome.status,
              scenarioId: outcome.scenarioId,
            },
            'scheduled scenario slot',
          );
        }
        return outcome;
      } catch (error) {
        // Storage trouble for one channel must not stop the others.
        logger.error(
          { conversationKey: schedule.conversationKey, err: error },
          'schedule tick failed',
        );
        return undefined;
      }
    });
    const outcomes = results.filter((o): o is SlotOutcome => o !== undefined);
    return { checked: active.length, outcomes };
  }

  return {
    tick,
    start() {
      if (job) return;
      job = new Cron(
        '* * * * *',
        {
          protect: true,
          catch: (error: unknown) => logger.error({ err: error }, 'schedule tick threw'),
        },
        async () => {
          await tick();
        },
      );
    },
    stop() {
      job?.stop();
      job = undefined;
    },
  };
}
