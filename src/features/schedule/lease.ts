// The slot claim as a lease. The instance that claims a slot holds it until `leaseUntil`, renewing
// the lease while it posts; a claim whose lease ran out without "sent" belongs to an instance that
// died (kill -9, a crashed container), and the next tick of any instance takes it over with a
// conditional write, so exactly one of them does and the week's post goes out, late but once.
//
// The one case that can post twice: an instance that died in "sending" may have had its card
// accepted by Teams just before dying, and the Bot Connector offers no way to ask whether it was.
// The taker-over posts again, and marks the slot `possibleDuplicate`: a channel seeing the same
// scenario twice is told nothing wrong; a channel silently missing its week is the failure this
// design exists to prevent. The window is the time between Teams storing the card and the
// "sent" write, a few milliseconds, and needs the process to die in exactly that gap.
import { randomUUID } from 'node:crypto';
import type { Storage } from '../../storage/storage.js';
import type { Versioned } from './conditional.js';
import { replaceSlot, type SlotRecord } from './slots.js';

/** How long a claim holds without renewal: longer than one post attempt with its own retries. */
export const LEASE_MS = 2 * 60 * 1000;
/** Waits between failed posts: 1, 2, 4 … minutes, at most an hour, within the slot's window. */
export const RETRY_BASE_MS = 60 * 1000;
export const RETRY_MAX_DELAY_MS = 60 * 60 * 1000;
/** Posts tried in all for one slot before it is given up. */
export const MAX_POST_ATTEMPTS = 8;
/** Failures no later attempt can fix. */
export const FINAL_ERROR_CODES: ReadonlySet<string> = new Set(['blocked', 'no-scenarios']);

/** This process, as the owner named in the slots it holds. */
export const INSTANCE_ID = randomUUID();

export type SlotStep =
  { readonly kind: 'leave' } | { readonly kind: 'take-over'; readonly possibleDuplicate: boolean };

const leaseEnd = (slot: SlotRecord, leaseMs: number) =>
  slot.leaseUntil ? Date.parse(slot.leaseUntil) : Date.parse(slot.claimedAt) + leaseMs;

/**
 * What a tick at `now` does with an existing slot record: leave it (done, held by a live instance,
 * or waiting to retry), or take it over and post. Only within the slot's window (`windowEnd`).
 */
export function nextStep(
  slot: SlotRecord,
  now: Date,
  windowEnd: Date,
  leaseMs = LEASE_MS,
): SlotStep {
  const t = now.getTime();
  if (t > windowEnd.getTime()) return { kind: 'leave' };
  if ((slot.attempts ?? 0) >= MAX_POST_ATTEMPTS) return { kind: 'leave' };
  switch (slot.status) {
    case 'claimed':
    case 'sending':
      return t > leaseEnd(slot, leaseMs)
        ? { kind: 'take-over', possibleDuplicate: slot.status === 'sending' }
        : { kind: 'leave' };
    case 'failed':
      if (FINAL_ERROR_CODES.has(slot.errorCode ?? '')) return { kind: 'leave' };
      return t >= Date.parse(slot.retryAt ?? slot.claimedAt)
        ? { kind: 'take-over', possibleDuplicate: false }
        : { kind: 'leave' };
    default:
      return { kind: 'leave' };
  }
}

/** When the next attempt may start after `attempts` failed posts. */
export const retryDelayMs = (attempts: number): number =>
  Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempts - 1), RETRY_MAX_DELAY_MS);

/** A slot held by this instance: its writes go one after another, each on the latest version. */
export interface HeldSlot {
  readonly current: () => Versioned<SlotRecord>;
  /** Writes `change(current)`; false when the slot is no longer held (someone took it over). */
  update(change: (slot: SlotRecord) => SlotRecord): Promise<boolean>;
  /** Renews the lease every third of it until stopped; renewal failures are left to the next write. */
  renewWhile<T>(work: Promise<T>, now: () => Date, leaseMs?: number): Promise<T>;
}

export function holdSlot(storage: Storage, key: string, claimed: Versioned<SlotRecord>): HeldSlot {
  let current = claimed;
  let held = true;
  let queue: Promise<unknown> = Promise.resolve();
  const update = (change: (slot: SlotRecord) => SlotRecord): Promise<boolean> => {
    const run = queue.then(async () => {
      if (!held) return false;
      const next = await replaceSlot(storage, key, current, change(current.value));
      if (!next) return (held = false);
      current = next;
      return true;
    });
    queue = run.catch(() => undefined);
    return run;
  };
  return {
    current: () => current,
    update,
    async renewWhile(work, now, leaseMs = LEASE_MS) {
      const renew = () =>
        update((s) => ({ ...s, leaseUntil: new Date(now().getTime() + leaseMs).toISOString() }));
      const timer = setInterval(() => void renew().catch(() => undefined), leaseMs / 3);
      try {
        return await work;
      } finally {
        clearInterval(timer);
      }
    },
  };
}
