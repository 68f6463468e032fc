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

export function createKeyHasher(secret: string): KeyHasher {
  if (secret.length < 16) throw new Error('The user key secret must be at least 16 characters');
  return {
    person: (id) =>
      base64url(createHmac('sha256', secret).update(`person:${id.toLowerCase()}`).digest()).slice(
        0,
        32,
      ),
    conversation: (id) =>
      base64url(createHmac('sha256', secret).update(`conversation:${id}`).digest()).slice(0, 32),
  };
}

/** A non-keyed short hash, for logs that need to correlate without identifying. */
export const shortHash = (value: string): string =>
  base64url(createHash('sha256').update(value).digest()).slice(0, 12);
