// The optimistic-concurrency loop the contract expects callers to use: read, then write with
// If-Match (or create-only when missing), and start again when another writer got there first.
import { PreconditionFailedError } from '../../src/storage/errors.js';
import type { Storage } from '../../src/storage/storage.js';

/** Adds one to the number at `key`; returns how many attempts it took. */
export async function increment(storage: Storage, key: string): Promise<number> {
  for (let attempt = 1; ; attempt++) {
    const current = await storage.read<number>(key);
    try {
      if (current) await storage.write(key, current.value + 1, { ifMatch: current.eTag });
      else await storage.write(key, 1, { ifNoneMatch: '*' });
      return attempt;
    } catch (error) {
      if (!(error instanceof PreconditionFailedError)) throw error;
    }
  }
}
