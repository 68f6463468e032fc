// Schedules in storage, one record per conversation. Every write is conditional (create-only or
// If-Match) so a command typed while another instance updates the same schedule is never lost.
import { silentLogger, type Logger } from '../../util/logger.js';
import type { Storage } from '../../storage/storage.js';
import { updateRecord } from './conditional.js';
import { rotationKey, SCHEDULE_PREFIX, scheduleKey, slotPrefix } from './keys.js';
import { scheduleSchema, type Schedule } from './schedule.js';
import { readSlot, type SlotRecord } from './slots.js';

export type ScheduleLogger = Pick<Logger, 'debug' | 'info' | 'warn' | 'error'>;

export interface StoredSchedule {
  readonly schedule: Schedule;
  readonly eTag: string;
}

export interface ScheduleStore {
  get(conversationKey: string): Promise<StoredSchedule | undefined>;
  /**
   * Writes `schedule` with If-Match `eTag` (from get), or create-only when `eTag` is undefined.
   * Throws PreconditionFailedError when someone else changed it first: re-read and re-apply.
   */
  put(schedule: Schedule, eTag?: string): Promise<string>;
  /** Deletes the schedule only (the "stop" command); the rotation is kept so no repeats on restart. */
  remove(conversationKey: string): Promise<void>;
  /** Every readable schedule; unreadable records are logged and left out. */
  listAll(): Promise<StoredSchedule[]>;
  /**
   * Applies `change` to an existing schedule with If-Match, retrying on conflict; never creates one.
   * `change` returning undefined writes nothing.
   */
  update(
    conversationKey: string,
    change: (schedule: Schedule) => Schedule | undefined,
  ): Promise<StoredSchedule | undefined>;
  /**
   * Stores the latest conversation reference (call on every message in the conversation): Teams
   * may move a conversation to another service URL, and a stale one makes proactive sends fail.
   * Writes only when the reference changed; returns whether it did. No schedule: nothing happens.
   */
  touchReference(conversationKey: string, reference: unknown): Promise<boolean>;
  /** Uninstall: deletes the schedule, its rotation and every slot record of the conversation. */
  removeConversation(conversationKey: string): Promise<void>;
  /** The conversation's latest slot record (slot keys sort by their instant). */
  lastSlot(conversationKey: string): Promise<SlotRecord | undefined>;
}

const parseSchedule = (raw: unknown): Schedule => scheduleSchema.parse(raw);

export function createScheduleStore(
  storage: Storage,
  options: { logger?: ScheduleLogger } = {},
): ScheduleStore {
  const logger = options.logger ?? silentLogger();

  const get = async (conversationKey: string): Promise<StoredSchedule | undefined> => {
    const stored = await storage.read(scheduleKey(conversationKey));
    return stored && { schedule: parseSchedule(stored.value), eTag: stored.eTag };
  };

  const update: ScheduleStore['update'] = async (conversationKey, change) => {
    const written = await updateRecord(storage, scheduleKey(conversationKey), parseSchedule, (s) =>
      s === undefined ? undefined : change(s),
    );
    return written && { schedule: written.value, eTag: written.eTag };
  };

  return {
    get,
    update,

    put: (schedule, eTag) =>
      storage.write(
        scheduleKey(schedule.conversationKey),
        schedule,
        eTag === undefined ? { ifNoneMatch: '*' } : { ifMatch: eTag },
      ),

    remove: (conversationKey) => storage.delete(scheduleKey(conversationKey)),

    async listAll() {
      const keys = await storage.list(SCHEDULE_PREFIX);
      const all: StoredSchedule[] = [];
      for (const key of keys) {
        const stored = await storage.read(key);
        if (!stored) continue; // deleted between list and read
        const parsed = scheduleSchema.safeParse(stored.value);
        if (parsed.success) all.push({ schedule: parsed.data, eTag: stored.eTag });
        // One bad record must not stop every other channel's posts.
        else logger.warn({ key, issues: parsed.error.issues.length }, 'unreadable schedule record');
      }
      return all;
    },

    async touchReference(conversationKey, reference) {
      const written = await update(conversationKey, (s) =>
        JSON.stringify(s.reference) === JSON.stringify(reference) ? undefined : { ...s, reference },
      );
      return written !== undefined;
    },

    async lastSlot(conversationKey) {
      const keys = (await storage.list(slotPrefix(conversationKey))).sort();
      const last = keys.at(-1);
      return last ? (await readSlot(storage, last))?.value : undefined;
    },
    async removeConversation(conversationKey) {
      // Schedule first: once it is gone no scheduler instance starts a new slot for it.
      await storage.delete(scheduleKey(conversationKey));
      await storage.delete(rotationKey(conversationKey));
      for (const key of await storage.list(slotPrefix(conversationKey))) await storage.delete(key);
    },
  };
}
