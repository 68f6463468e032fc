// Removes a whole group of keys — a conversation's or a person's data on uninstall — through the
// Storage interface alone, so it works the same on every backend.
import { StorageError } from './errors.js';
import type { Storage } from './storage.js';

/** Deletes in small batches: fast on a remote store without flooding it with requests. */
const BATCH = 8;

/**
 * Deletes every key that starts with `prefix` and returns how many were listed. End the prefix with
 * "/" to mean a folder: "conversations/abc" would also match "conversations/abcd". Keys written
 * while this runs may survive. An empty prefix is refused: it would wipe the whole store.
 */
export async function deletePrefix(storage: Storage, prefix: string): Promise<number> {
  if (prefix === '') throw new StorageError('deletePrefix needs a non-empty prefix');
  const keys = await storage.list(prefix);
  for (let i = 0; i < keys.length; i += BATCH) {
    await Promise.all(keys.slice(i, i + BATCH).map((key) => storage.delete(key)));
  }
  return keys.length;
}
