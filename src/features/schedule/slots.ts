// A slot is one weekly occurrence of a schedule. Its record is created (create-only) BEFORE the card
// is sent, and every later change is a conditional write on the record's eTag, so at any moment one
// instance at most holds the slot. The holder's claim is a lease (src/features/schedule/lease.ts): an
// instance that dies holding it does not cost the channel its week, another one takes it over.
import { z } from 'zod';
import { PreconditionFailedError } from '../../storage/errors.js';
import type { Storage } from '../../storage/storage.js';
import type { Versioned } from './conditional.js';

/**
 * claimed: held by `owner` until `leaseUntil`, nothing sent yet; sending: held, the post is being
 * made (the only state in which a card may have reached Teams unrecorded); sent: posted; skipped:
 * "skip next" used it; failed: the last post failed, another may start at `retryAt` (blocked and
 * no-scenarios never retry); given-up: no post could be made within the slot's window.
 */
export const SLOT_STATUSES = [
  'claimed',
  'sending',
  'sent',
  'skipped',
  'failed',
  'given-up',
] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export interface SlotRecord {
  readonly conversationKey: string;
  /** ISO instant the slot was scheduled for. */
  readonly scheduledFor: string;
  readonly status: SlotStatus;
  readonly claimedAt: string;
  /** The instance holding the slot (a random id per process), while claimed or sending. */
  readonly owner?: string;
  /** ISO instant the holder's lease runs out; renewed while it is posting. */
  readonly leaseUntil?: string;
  /** Posts started so far (each "sending"). */
  readonly attempts?: number;
  /** failed: when the next attempt may start. */
  readonly retryAt?: string;
  /** A post was started by an instance that died before recording how it ended. */
  readonly possibleDuplicate?: boolean;
  readonly scenarioId?: string;
  readonly messageId?: string;
  readonly sentAt?: string;
  /** The `code` of the error the last post threw ("blocked" for a 403), or "unknown". */
  readonly errorCode?: string;
}

export const slotSchema = z.object({
  conversationKey: z.string(),
  scheduledFor: z.string().datetime(),
  status: z.enum(SLOT_STATUSES),
  claimedAt: z.string().datetime(),
  owner: z.string().optional(),
  leaseUntil: z.string().datetime().optional(),
  attempts: z.number().int().min(0).optional(),
  retryAt: z.string().datetime().optional(),
  possibleDuplicate: z.boolean().optional(),
  scenarioId: z.string().optional(),
  messageId: z.string().optional(),
  sentAt: z.string().datetime().optional(),
  errorCode: z.string().optional(),
}) satisfies z.ZodType<SlotRecord>;

export async function readSlot(
  storage: Storage,
  key: string,
): Promise<Versioned<SlotRecord> | undefined> {
  const stored = await storage.read(key);
  return stored && { value: slotSchema.parse(stored.value), eTag: stored.eTag };
}

/** Creates the slot record; undefined when another instance (or an earlier tick) got there first. */
export async function claimSlot(
  storage: Storage,
  key: string,
  record: SlotRecord,
): Promise<Versioned<SlotRecord> | undefined> {
  try {
    return { value: record, eTag: await storage.write(key, record, { ifNoneMatch: '*' }) };
  } catch (error) {
    if (error instanceof PreconditionFailedError) return undefined;
    throw error;
  }
}

/**
 * Replaces the slot record at `current`'s version (If-Match): undefined when someone else changed it
 * since, i.e. this instance no longer holds the slot.
 */
export async function replaceSlot(
  storage: Storage,
  key: string,
  current: Versioned<SlotRecord>,
  next: SlotRecord,
): Promise<Versioned<SlotRecord> | undefined> {
  try {
    return { value: next, eTag: await storage.write(key, next, { ifMatch: current.eTag }) };
  } catch (error) {
    if (error instanceof PreconditionFailedError) return undefined;
    throw error;
  }
}
