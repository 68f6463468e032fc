// The text of a question nothing matched, as kept for content owners when
// KEEP_UNMATCHED_QUESTIONS=on: normalised, obvious identifiers masked, at most 200 characters.
// Stored with its UTC day and a count only: never who asked, where, or when within the day.
import { createHash } from 'node:crypto';
import { PreconditionFailedError } from '../storage/errors.js';
import type { Storage } from '../storage/storage.js';
import { unmatchedKey } from './keys.js';

export const MAX_UNMATCHED_LENGTH = 200;

/** What is stored at usage/unmatched/<day>/<hash>. */
export interface UnmatchedRecord {
  readonly text: string;
  readonly day: string;
  /** How many times this exact (normalised) text went unmatched that day. */
  readonly count: number;
}

// Masks for what is plainly an identifier or a way to reach someone. Names cannot be recognised
// reliably, which is why keeping these texts is off by default.
const MASKS: ReadonlyArray<readonly [RegExp, string]> = [
  [/<at\b[^>]*>[^<]*<\/at>/gi, ' '], // a Teams @mention the host left in
  [/\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g, '[email]'],
  [/\b(?:https?:\/\/|www\.)\S+/gi, '[link]'],
  [/(^|[\s(])@[\p{L}\p{N}_.]{2,}/gu, '$1[handle]'],
  [/\+?\d(?:[\s().-]*\d){5,}/g, '[number]'], // phone numbers, employee and file numbers
];

/**
 * The text to keep, or undefined when nothing is left. Lower-cased (so the same question typed
 * differently is counted once), control characters and extra spaces removed, masked, and cut to
 * MAX_UNMATCHED_LENGTH characters (whole code points).
 */
export function cleanQuestion(question: string): string | undefined {
  let text = question.normalize('NFC').replace(/\p{C}+/gu, ' ');
  for (const [pattern, replacement] of MASKS) text = text.replace(pattern, replacement);
  text = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const chars = Array.from(text);
  if (chars.length > MAX_UNMATCHED_LENGTH)
    text = chars.slice(0, MAX_UNMATCHED_LENGTH).join('').trim();
  return text === '' ? undefined : text;
}

/** Names the record: the same cleaned text on the same day is one record, counted. */
export const textHash = (cleaned: string): string =>
  createHash('sha256').update(cleaned).digest('base64url').slice(0, 22);

/** A text waiting to be written, with how many times it was asked since the last write. */
export interface PendingText {
  readonly day: string;
  readonly text: string;
  readonly hash: string;
  count: number;
}

const MAX_ATTEMPTS = 8;

/** Adds `add` to the stored count of one unmatched text (create-only or If-Match, retried). */
export async function addUnmatched(storage: Storage, item: PendingText): Promise<void> {
  const key = unmatchedKey(item.day, item.hash);
  for (let attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
    const current = await storage.read<UnmatchedRecord>(key);
    const before = current?.value.count;
    const count = (typeof before === 'number' && before > 0 ? before : 0) + item.count;
    const record: UnmatchedRecord = { text: item.text, day: item.day, count };
    try {
      await storage.write(key, record, current ? { ifMatch: current.eTag } : { ifNoneMatch: '*' });
      return;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
  }
  throw new PreconditionFailedError(key);
}
