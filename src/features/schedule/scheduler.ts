// Posts each channel's weekly scenario. tick() is the whole algorithm and is safe to run often and
// from several instances at once: the create-only slot claim decides who posts, its lease lets
// another instance take over a slot whose holder died (src/features/schedule/lease.ts), and a failed post is
// retried with backoff within the slot's window. The minutely timer in start() is only a trigger.
import { Cron } from 'croner';
import { silentLogger } from '../../util/logger.js';
import type { Storage } from '../../storage/storage.js';
import type { Versioned } from './conditional.js';
import { dueSlot, MAX_LATENESS_MS } from './due.js';
import { slotKey } from './keys.js';
import type { Random } from './rotation.js';
import type { Schedule } from './schedule.js';
import { holdSlot, INSTANCE_ID, LEASE_MS, nextStep, type HeldSlot } from './lease.js';
import {
  BLOCKED_CODE,
  NO_SCENARIOS_CODE,
  postSlot,
  UNKNOWN_CODE,
  type PostScenario,
  type SlotOutcome,
} from './post-slot.js';
import { claimSlot, readSlot, replaceSlot, type SlotRecord } from './slots.js';
import { createScheduleStore, type ScheduleLogger, type ScheduleStore } from './store.js';

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
  /** How long a claim holds without renewal. Defaults to LEASE_MS. */
  readonly leaseMs?: number;
  /**
   * Awaited at each step of a post (crash tests stop a process there and kill it, see
   * tests/app/schedule-crash.test.ts). Resolves at once in the bot.
   */
  readonly checkpoint?: (step: SlotCheckpoint) => Promise<void>;
}

/** The steps of a post at which a crash leaves a different slot state. */
export const SLOT_CHECKPOINTS = ['after-claim', 'after-post', 'after-sent'] as const;
export type SlotCheckpoint = (typeof SLOT_CHECKPOINTS)[number];

/**
 * Posts in flight at once. Proactive sends are paced per tenant (50/s, src/host/teams/send-pacing.ts);
 * one at a time, each post's own latency (~100–300 ms to Teams) would hold a tick far below that
 * rate. 16 in flight keeps the pacer busy at Teams' latency and bounds the sockets and storage
 * writes open at once.
 */
export const DEFAULT_CONCURRENCY = 16;

export { BLOCKED_CODE, NO_SCENARIOS_CODE, UNKNOWN_CODE, type PostScenario, type SlotOutcome };

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

export function createScheduler(options: SchedulerOptions): Scheduler {
  const { storage, clock, post, scenarios } = options;
  const random = options.random ?? Math.random;
  const logger = options.logger ?? silentLogger();
  const maxLatenessMs = options.maxLatenessMs ?? MAX_LATENESS_MS;
  const concurrency = Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY));
  const leaseMs = options.leaseMs ?? LEASE_MS;
  const checkpoint = options.checkpoint ?? (() => Promise.resolve());
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

  async function runSchedule(schedule: Schedule, now: Date): Promise<SlotOutcome | undefined> {
    const scheduledFor = dueSlot(schedule, now, maxLatenessMs);
    if (!scheduledFor) return undefined;
    const key = slotKey(schedule.conversationKey, scheduledFor);
    const windowEnd = new Date(scheduledFor.getTime() + maxLatenessMs);
    // Reading first keeps the common case (already handled this week) free of failed writes.
    const existing = await readSlot(storage, key);
    let held: HeldSlot | undefined;
    if (existing) {
      await repairSkipFlag(schedule, existing.value);
      const step = nextStep(existing.value, now, windowEnd, leaseMs);
      if (step.kind === 'leave') return undefined;
      held = await takeOver(key, existing, now, step.possibleDuplicate);
    } else {
      const claim: SlotRecord = {
        conversationKey: schedule.conversationKey,
        scheduledFor: scheduledFor.toISOString(),
        status: 'claimed',
        claimedAt: now.toISOString(),
        owner: INSTANCE_ID,
        leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      };
      if (schedule.skipNext) return skip(schedule, key, claim);
      const claimed = await claimSlot(storage, key, claim);
      held = claimed && holdSlot(storage, key, claimed);
    }
    if (!held) return undefined; // another instance holds the slot: it posts
    await checkpoint('after-claim');
    const outcome = await postSlot(
      {
        storage,
        post,
        scenarios,
        random,
        now: () => clock.now(),
        logger,
        windowEnd,
        leaseMs,
        checkpoint,
      },
      schedule,
      key,
      held,
    );
    if (outcome.errorCode === BLOCKED_CODE) await markBlocked(schedule.conversationKey);
    return outcome;
  }

  /** Takes over a slot whose holder's lease ran out, or whose retry is due: one instance wins. */
  async function takeOver(
    key: string,
    existing: Versioned<SlotRecord>,
    now: Date,
    possibleDuplicate: boolean,
  ): Promise<HeldSlot | undefined> {
    const { retryAt: _retry, ...slot } = existing.value;
    const taken = await replaceSlot(storage, key, existing, {
      ...slot,
      status: 'claimed',
      owner: INSTANCE_ID,
      leaseUntil: new Date(now.getTime() + leaseMs).toISOString(),
      ...(possibleDuplicate || slot.possibleDuplicate ? { possibleDuplicate: true } : {}),
    });
    if (!taken) return undefined;
    logger.warn(
      {
        conversationKey: slot.conversationKey,
        slotKey: key,
        from: existing.value.status,
        attempts: slot.attempts ?? 0,
        possibleDuplicate,
      },
      existing.value.status === 'failed'
        ? 'retrying a failed weekly scenario post'
        : 'took over a weekly scenario slot whose instance stopped holding it',
    );
    return holdSlot(storage, key, taken);
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
              lateMinutes: outcome.lateMinutes,
              possibleDuplicate: outcome.possibleDuplicate,
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
