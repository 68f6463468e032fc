// Read-modify-write with optimistic concurrency: several bot instances, and people typing commands,
// may change the same record at once. A lost race re-reads and re-applies the change rather than
// overwriting the other writer's version.
import { PreconditionFailedError } from '../../storage/errors.js';
import type { Storage } from '../../storage/storage.js';

export interface Versioned<T> {
  readonly value: T;
  readonly eTag: string;
}

const MAX_ATTEMPTS = 5;

/**
 * Applies `change` to the record at `key` (undefined when absent) and writes the result with
 * If-Match, or create-only when the record did not exist. `change` returning undefined means
 * "nothing to write". `change` may run several times, so it must be pure.
 */
export async function updateRecord<T>(
  storage: Storage,
  key: string,
  parse: (raw: unknown) => T,
  change: (current: T | undefined) => T | undefined,
): Promise<Versioned<T> | undefined> {
  for (let attempt = 1; ; attempt++) {
    const stored = await storage.read(key);
    const current = stored ? parse(stored.value) : undefined;
    const next = change(current);
    if (next === undefined) return undefined;
    try {
      const eTag = await storage.write(
        key,
        next,
        stored ? { ifMatch: stored.eTag } : { ifNoneMatch: '*' },
      );
      return { value: next, eTag };
    } catch (error) {
      if (!(error instanceof PreconditionFailedError) || attempt >= MAX_ATTEMPTS) throw error;
    }
  }
}
