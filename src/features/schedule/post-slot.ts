// Posting one held slot: pick the scenario (once per slot, kept across attempts), mark "sending",
// post while renewing the lease, then record "sent", or "failed" with the time of the next attempt,
// or "given-up" when no attempt is left within the slot's window. Every write is conditional on the
// slot's version (src/features/schedule/lease.ts), so an instance that lost the slot writes nothing more.
import type { Storage } from '../../storage/storage.js';
import {
  FINAL_ERROR_CODES,
  INSTANCE_ID,
  LEASE_MS,
  MAX_POST_ATTEMPTS,
  retryDelayMs,
  type HeldSlot,
} from './lease.js';
import { advanceRotation, type Random } from './rotation.js';
import type { Schedule } from './schedule.js';
import type { SlotRecord } from './slots.js';
import type { ScheduleLogger } from './store.js';

/** Sends the scenario card to schedule.reference; resolves with the id of the message posted. */
export type PostScenario = (
  schedule: Schedule,
  scenarioId: string,
) => Promise<{ messageId: string }>;

/** The error code a post() error carries when the bot may no longer post there (mapped from 403). */
export const BLOCKED_CODE = 'blocked';
export const NO_SCENARIOS_CODE = 'no-scenarios';
export const UNKNOWN_CODE = 'unknown';

export interface SlotOutcome {
  readonly conversationKey: string;
  readonly slotKey: string;
  readonly scheduledFor: string;
  /**
   * deferred: nothing posted, the slot given back for the next tick; failed: will be retried;
   * given-up: no attempt left in the slot's window; lost: another instance took the slot over.
   */
  readonly status: 'sent' | 'skipped' | 'failed' | 'given-up' | 'deferred' | 'lost';
  readonly scenarioId?: string;
  readonly messageId?: string;
  readonly errorCode?: string;
  /** Minutes after the scheduled time the card went out (sent only). */
  readonly lateMinutes?: number;
  readonly possibleDuplicate?: boolean;
}

export interface PostSlotDeps {
  readonly storage: Storage;
  readonly post: PostScenario;
  readonly scenarios: readonly string[];
  readonly random: Random;
  readonly now: () => Date;
  readonly logger: ScheduleLogger;
  /** The last instant the slot may still be posted. */
  readonly windowEnd: Date;
  readonly leaseMs?: number;
  readonly checkpoint: (step: 'after-post' | 'after-sent') => Promise<void>;
}

const errorCode = (error: unknown): string =>
  typeof error === 'object' &&
  error !== null &&
  'code' in error &&
  typeof error.code === 'string' &&
  error.code !== ''
    ? error.code
    : UNKNOWN_CODE;

const iso = (ms: number) => new Date(ms).toISOString();

/** How the failed attempt `attempts` leaves the slot: retried later, or given up. */
function afterFailure(slot: SlotRecord, code: string, now: number, windowEnd: Date): SlotRecord {
  const attempts = slot.attempts ?? 1;
  const retryAt = now + retryDelayMs(attempts);
  const final =
    FINAL_ERROR_CODES.has(code) || attempts >= MAX_POST_ATTEMPTS || retryAt > windowEnd.getTime();
  const { owner: _owner, leaseUntil: _lease, ...rest } = slot;
  return final && !FINAL_ERROR_CODES.has(code)
    ? { ...rest, status: 'given-up', errorCode: code }
    : { ...rest, status: 'failed', errorCode: code, ...(final ? {} : { retryAt: iso(retryAt) }) };
}

export async function postSlot(
  deps: PostSlotDeps,
  schedule: Schedule,
  key: string,
  held: HeldSlot,
): Promise<SlotOutcome> {
  const { logger, now } = deps;
  const leaseMs = deps.leaseMs ?? LEASE_MS;
  const slot = held.current().value;
  const base = {
    conversationKey: schedule.conversationKey,
    slotKey: key,
    scheduledFor: slot.scheduledFor,
  };
  const lost = (): SlotOutcome => ({ ...base, status: 'lost' });
  // The scenario is picked once per slot: a retry posts the same one, and the rotation moves once.
  let scenarioId = slot.scenarioId;
  try {
    scenarioId ??= await advanceRotation(
      deps.storage,
      schedule.conversationKey,
      deps.scenarios,
      deps.random,
    );
  } catch (error) {
    // Nothing reached Teams: give the slot back, and a later tick of its window posts it. Should
    // the release fail too, the claim's lease runs out and another tick takes it over.
    const code = errorCode(error);
    logger.warn(
      { conversationKey: schedule.conversationKey, slotKey: key, errorCode: code },
      'scheduled scenario not posted: no scenario picked, slot released for the next tick',
    );
    await deps.storage.delete(key);
    return { ...base, status: 'deferred', errorCode: code };
  }
  if (scenarioId === undefined) {
    const ended = await held.update((s) =>
      afterFailure({ ...s, attempts: 1 }, NO_SCENARIOS_CODE, now().getTime(), deps.windowEnd),
    );
    return ended ? { ...base, status: 'failed', errorCode: NO_SCENARIOS_CODE } : lost();
  }
  const attempts = (slot.attempts ?? 0) + 1;
  const sending = await held.update((s) => ({
    ...s,
    status: 'sending',
    owner: INSTANCE_ID,
    leaseUntil: iso(now().getTime() + leaseMs),
    attempts,
    scenarioId,
  }));
  if (!sending) return lost();
  let messageId: string;
  try {
    ({ messageId } = await held.renewWhile(deps.post(schedule, scenarioId), now, leaseMs));
  } catch (error) {
    const code = errorCode(error);
    let ended: SlotRecord | undefined;
    const written = await held.update(
      (s) => (ended = afterFailure(s, code, now().getTime(), deps.windowEnd)),
    );
    if (!written || !ended) return lost();
    const status = ended.status === 'given-up' ? 'given-up' : 'failed';
    logger.warn(
      {
        conversationKey: schedule.conversationKey,
        slotKey: key,
        errorCode: code,
        attempts,
        status,
      },
      status === 'given-up'
        ? 'weekly scenario given up: no post in its window'
        : 'scheduled scenario post failed',
    );
    return { ...base, status, errorCode: code, scenarioId };
  }
  await deps.checkpoint('after-post');
  const sentAt = now();
  const written = await held.update((s) => {
    const { owner: _owner, leaseUntil: _lease, retryAt: _retry, ...rest } = s;
    return { ...rest, status: 'sent', scenarioId, messageId, sentAt: sentAt.toISOString() };
  });
  if (written) await deps.checkpoint('after-sent');
  const lateMinutes = Math.max(
    0,
    Math.floor((sentAt.getTime() - Date.parse(slot.scheduledFor)) / 60_000),
  );
  if (!written)
    logger.warn(
      { conversationKey: schedule.conversationKey, slotKey: key },
      'scheduled scenario posted, but the slot was taken over before it was recorded',
    );
  return {
    ...base,
    status: 'sent',
    scenarioId,
    messageId,
    lateMinutes,
    ...(slot.possibleDuplicate ? { possibleDuplicate: true } : {}),
  };
}
