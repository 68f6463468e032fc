// Keys for stored data that never contain an identity: a person is stored under a keyed hash
// (HMAC-SHA-256) of their Entra object id, a conversation under a hash of its id. Without the
// secret, a stored key cannot be linked back to a person.
import { createHash, createHmac } from 'node:crypto';

const base64url = (buf: Buffer) => buf.toString('base64url');

export interface KeyHasher {
  /** The stored name of a person: HMAC of their Entra object id (or Teams user id when absent). */
  person(entraObjectId: string): string;
  /** The stored name of a conversation (channel, group chat, meeting chat). */
  conversation(conversationId: string): string;
}

/** Hashes remembered per process: enough for the people and conversations active at once. */
const REMEMBERED = 2_000;

/**
 * A keyed hash is computed several times a message (the language preference, the quiz, the
 * registry), and setting up an HMAC costs more than the rest of a short turn's bookkeeping: the
 * last REMEMBERED results are kept, in memory only, the oldest forgotten first.
 */
function remembered(hash: (id: string) => string): (id: string) => string {
  const known = new Map<string, string>();
  return (id) => {
    let value = known.get(id);
    if (value !== undefined) return value;
    value = hash(id);
    if (known.size >= REMEMBERED) known.delete(known.keys().next().value!);
    known.set(id, value);
    return value;
  };
}

export function createKeyHasher(secret: string): KeyHasher {
  if (secret.length < 16) throw new Error('The user key secret must be at least 16 characters');
  const hmac = (text: string) =>
    base64url(createHmac('sha256', secret).update(text).digest()).slice(0, 32);
  return {
    person: remembered((id) => hmac(`person:${id.toLowerCase()}`)),
    conversation: remembered((id) => hmac(`conversation:${id}`)),
  };
}

/** A non-keyed short hash, for logs that need to correlate without identifying. */
export const shortHash = (value: string): string =>
  base64url(createHash('sha256').update(value).digest()).slice(0, 12);
