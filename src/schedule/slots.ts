// A slot is one weekly occurrence of a schedule. Its record is created (create-only) BEFORE the card
// is sent, so whichever scheduler instance creates it is the only one that posts: two instances
// sharing storage, or an instance restarted mid-minute, cannot post the same week twice.
import { z } from 'zod';
import { PreconditionFailedError } from '../storage/errors.js';
import type { Storage } from '../storage/storage.js';
import type { Versioned } from './conditional.js';

export const SLOT_STATUSES = ['claimed', 'sent', 'skipped', 'failed'] as const;
export type SlotStatus = (typeof SLOT_STATUSES)[number];

export interface SlotRecord {
  readonly conversationKey: string;
  /** ISO instant the slot was scheduled for. */
  readonly scheduledFor: string;
  /**
   * claimed: being posted (stays so if the instance died mid-post: the slot is never retried);
   * sent: posted; skipped: "skip next" used it; failed: the post threw (see errorCode).
   */
  readonly status: SlotStatus;
  readonly claimedAt: string;
  readonly scenarioId?: string;
  readonly messageId?: string;
  readonly sentAt?: string;
  /** The `code` of the error the post threw ("blocked" for a 403), or "unknown". */
  readonly errorCode?: string;
}

export const slotSchema = z.object({
  conversationKey: z.string(),
  scheduledFor: z.string().datetime(),
  status: z.enum(SLOT_STATUSES),
  claimedAt: z.string().datetime(),
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

/** Records how the claimed slot ended (If-Match: only the claiming instance writes it). */
export async function completeSlot(
  storage: Storage,
  key: string,
  claimed: Versioned<SlotRecord>,
  outcome: Partial<Omit<SlotRecord, 'conversationKey' | 'scheduledFor' | 'claimedAt'>>,
): Promise<SlotRecord> {
  const record: SlotRecord = { ...claimed.value, ...outcome };
  await storage.write(key, record, { ifMatch: claimed.eTag });
  return record;
}
