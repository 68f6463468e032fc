// Where usage lives. Counts: one record per UTC day and bot instance, summed when read.
//   usage/<yyyy-mm-dd>/<instanceId>          counts of one instance for one day
//   usage/unmatched/<yyyy-mm-dd>/<hash>      an unmatched question's text (only when enabled)
// Nothing in a key names a person or a conversation.
import { InvalidKeyError } from '../storage/errors.js';
import { isDay } from './day.js';

export const USAGE_PREFIX = 'usage/';
export const UNMATCHED_PREFIX = 'usage/unmatched/';

const SEGMENT = /^[A-Za-z0-9_-]{8,64}$/;

function checkDay(day: string): string {
  if (!isDay(day)) throw new InvalidKeyError(`${USAGE_PREFIX}${day}`);
  return day;
}

/** Every instance's counts for `day` (trailing "/": one day never prefixes another). */
export const countsPrefix = (day: string): string => `${USAGE_PREFIX}${checkDay(day)}/`;

export function countsKey(day: string, instanceId: string): string {
  if (!SEGMENT.test(instanceId)) throw new InvalidKeyError(instanceId);
  return `${countsPrefix(day)}${instanceId}`;
}

export const unmatchedPrefix = (day: string): string => `${UNMATCHED_PREFIX}${checkDay(day)}/`;

export function unmatchedKey(day: string, hash: string): string {
  if (!SEGMENT.test(hash)) throw new InvalidKeyError(hash);
  return `${unmatchedPrefix(day)}${hash}`;
}

/** The day of a key under UNMATCHED_PREFIX, or undefined for anything else. */
export function unmatchedDayOf(key: string): string | undefined {
  if (!key.startsWith(UNMATCHED_PREFIX)) return undefined;
  const day = key.slice(UNMATCHED_PREFIX.length).split('/')[0] ?? '';
  return isDay(day) ? day : undefined;
}
