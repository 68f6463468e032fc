// Which scenario a channel gets next: every scenario once, in random order, before any repeats.
import { z } from 'zod';
import type { Storage } from '../../storage/storage.js';
import { updateRecord } from './conditional.js';
import { rotationKey } from './keys.js';

/** Scenario ids already posted in a channel since the last reset, oldest first. */
export interface RotationRecord {
  readonly used: readonly string[];
}

export const rotationSchema = z.object({ used: z.array(z.string()) });

/** Returns a number in [0, 1), like Math.random; injected so tests are deterministic. */
export type Random = () => number;

export interface RotationPick {
  readonly id: string;
  /** The rotation record to store after this pick. */
  readonly used: readonly string[];
}

/**
 * Picks a scenario not in `used`. When all have been used the rotation starts again, without the
 * scenario posted last (a team would see the same one two weeks running). Ids in `used` that are no
 * longer in `allIds` (retired scenarios) are ignored. Undefined only when `allIds` is empty.
 */
export function pickNext(
  allIds: readonly string[],
  used: readonly string[],
  random: Random,
): RotationPick | undefined {
  const ids = [...new Set(allIds)];
  if (ids.length === 0) return undefined;
  const current = new Set(ids);
  const usedNow = used.filter((id) => current.has(id));
  const usedSet = new Set(usedNow);
  const fresh = ids.filter((id) => !usedSet.has(id));
  const exhausted = fresh.length === 0;
  const last = used[used.length - 1];
  const candidates = exhausted ? (ids.length > 1 ? ids.filter((id) => id !== last) : ids) : fresh;
  // Clamp: a random() returning exactly 1 (a careless fake) must not index past the end.
  const index = Math.min(Math.floor(random() * candidates.length), candidates.length - 1);
  const id = candidates[Math.max(0, index)] as string;
  return { id, used: exhausted ? [id] : [...usedNow, id] };
}

/**
 * Picks the next scenario for a conversation and records it (create-only or If-Match, retried on
 * conflict). Recorded before the post: a failed post then uses up a scenario, which is better than
 * a channel seeing the same scenario twice.
 */
export async function advanceRotation(
  storage: Storage,
  conversationKey: string,
  allIds: readonly string[],
  random: Random,
): Promise<string | undefined> {
  let picked: string | undefined;
  await updateRecord(
    storage,
    rotationKey(conversationKey),
    (raw) => rotationSchema.parse(raw),
    (current) => {
      const pick = pickNext(allIds, current?.used ?? [], random);
      picked = pick?.id;
      return pick && { used: [...pick.used] };
    },
  );
  return picked;
}
