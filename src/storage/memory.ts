// In-memory Storage: the default for unit tests. Values are kept as JSON text, so a caller can neither
// mutate stored state through a reference it wrote or read, nor store anything the durable backends
// could not (Dates come back as strings, exactly as from a file or a blob).
import { randomUUID } from 'node:crypto';
import { InvalidKeyError, PreconditionFailedError } from './errors.js';
import { conditionHolds, toJson } from './shared.js';
import { isValidKey, type Storage, type StoredItem, type WriteCondition } from './storage.js';

interface Entry {
  readonly eTag: string;
  readonly json: string;
}

/** Runs a synchronous operation as a promise; a throw becomes a rejection, as with the other backends. */
const settle = <T>(operation: () => T): Promise<T> =>
  new Promise((resolve) => resolve(operation()));

function checkKey(key: string): void {
  if (!isValidKey(key)) throw new InvalidKeyError(key);
}

export class MemoryStorage implements Storage {
  private readonly entries = new Map<string, Entry>();

  read<T = unknown>(key: string): Promise<StoredItem<T> | undefined> {
    return settle(() => {
      checkKey(key);
      const entry = this.entries.get(key);
      return entry && { value: JSON.parse(entry.json) as T, eTag: entry.eTag };
    });
  }

  // Check and set happen in one synchronous step, so concurrent writes cannot interleave between them.
  write(key: string, value: unknown, condition?: WriteCondition): Promise<string> {
    return settle(() => {
      checkKey(key);
      const json = toJson(key, value);
      if (condition && !conditionHolds(condition, this.entries.get(key)?.eTag)) {
        throw new PreconditionFailedError(key);
      }
      const eTag = randomUUID();
      this.entries.set(key, { eTag, json });
      return eTag;
    });
  }

  delete(key: string): Promise<void> {
    return settle(() => {
      checkKey(key);
      this.entries.delete(key);
    });
  }

  list(prefix: string): Promise<string[]> {
    return settle(() => [...this.entries.keys()].filter((key) => key.startsWith(prefix)).sort());
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
