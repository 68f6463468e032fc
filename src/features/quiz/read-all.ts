// Reads many small records in bounded batches: fast on a remote store without flooding it.
import type { Storage } from '../../storage/storage.js';

const BATCH = 16;

/** The values of `keys` in order; keys deleted meanwhile are skipped. */
export async function readAll<T>(storage: Storage, keys: readonly string[]): Promise<T[]> {
  const values: T[] = [];
  for (let i = 0; i < keys.length; i += BATCH) {
    const items = await Promise.all(keys.slice(i, i + BATCH).map((key) => storage.read<T>(key)));
    for (const item of items) if (item) values.push(item.value);
  }
  return values;
}
