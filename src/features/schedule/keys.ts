// The storage layout of the scheduling domain, in one place so uninstall can find everything:
//   schedule/<conversationKey>              the schedule
//   rotation/<conversationKey>              scenarios already posted in this channel
//   slot/<conversationKey>/<instant>        one record per weekly slot (the exactly-once claim)
// conversationKey is already a KeyHasher hash, so no raw Teams id ever reaches a key.
import { InvalidKeyError } from '../../storage/errors.js';
import { isValidKey } from '../../storage/storage.js';

export const SCHEDULE_PREFIX = 'schedule/';
export const ROTATION_PREFIX = 'rotation/';
export const SLOT_PREFIX = 'slot/';

// A hash is one key segment; checking here catches a raw conversation id passed by mistake.
const CONVERSATION_KEY = /^[A-Za-z0-9_-]{1,128}$/;

function checked(key: string, conversationKey: string): string {
  if (!CONVERSATION_KEY.test(conversationKey) || !isValidKey(key)) throw new InvalidKeyError(key);
  return key;
}

export const scheduleKey = (conversationKey: string): string =>
  checked(`${SCHEDULE_PREFIX}${conversationKey}`, conversationKey);

export const rotationKey = (conversationKey: string): string =>
  checked(`${ROTATION_PREFIX}${conversationKey}`, conversationKey);

/** Prefix of every slot of one conversation (trailing "/" so one key never prefixes another). */
export const slotPrefix = (conversationKey: string): string =>
  `${checked(`${SLOT_PREFIX}${conversationKey}`, conversationKey)}/`;

/**
 * "slot/<conv>/2026-11-30T14-00Z": the scheduled instant in UTC to the minute, colons replaced
 * (keys allow no ":"). The instant, not the local date, names the slot, so every scheduler
 * instance computes the same key whatever its own time zone.
 */
export const slotKey = (conversationKey: string, scheduledFor: Date): string =>
  checked(
    `${SLOT_PREFIX}${conversationKey}/${scheduledFor.toISOString().slice(0, 16).replace(':', '-')}Z`,
    conversationKey,
  );
