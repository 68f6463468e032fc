// The persistence contract every backend honours (memory, local file store, Azure Blob). It keeps
// botbuilder's storage semantics — read, write, delete, eTags — plus what a bot needs to be correct
// when several instances share one store: create-only writes and If-Match updates.

/** A stored value with the eTag of the version read. */
export interface StoredItem<T = unknown> {
  readonly value: T;
  readonly eTag: string;
}

/**
 * When a write may happen:
 * - undefined: always (last writer wins);
 * - `{ ifNoneMatch: '*' }`: only if the key does not exist (create-only; a retry of the same write fails);
 * - `{ ifMatch: eTag }`: only if the stored version still has this eTag (optimistic concurrency).
 * A failed condition throws PreconditionFailedError and changes nothing.
 */
export type WriteCondition = { readonly ifNoneMatch: '*' } | { readonly ifMatch: string };

export interface Storage {
  read<T = unknown>(key: string): Promise<StoredItem<T> | undefined>;
  /** Writes a JSON-serialisable value; returns the new eTag. */
  write(key: string, value: unknown, condition?: WriteCondition): Promise<string>;
  /** Deletes a key; deleting a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every key that starts with `prefix`, sorted. */
  list(prefix: string): Promise<string[]>;
  /** Flushes pending work and releases resources. */
  close(): Promise<void>;
  /**
   * Removes what a process killed mid-write left behind (the file store's temp files), at start
   * and with each retention purge; returns how many. Backends with nothing to clean omit it.
   */
  removeLeftovers?(): Promise<number>;
}

/**
 * Keys are "/"-separated segments of [A-Za-z0-9._~-] (no empty, "." or ".." segments), at most 512
 * characters, so every backend can store them as file or blob names without escaping. Hash anything
 * else (conversation ids, user ids) before it becomes part of a key: see src/privacy/.
 */
export const KEY_PATTERN = /^(?!.*(?:^|\/)\.{1,2}(?:\/|$))[A-Za-z0-9._~-]+(?:\/[A-Za-z0-9._~-]+)*$/;

export const isValidKey = (key: string): boolean => key.length <= 512 && KEY_PATTERN.test(key);
