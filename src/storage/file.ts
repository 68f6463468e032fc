// The local embedded Storage: one JSON file per key under a directory, {eTag, value, writtenAt}.
// Safe across crashes and across processes sharing the directory:
// - every write goes to a synced temp file in the target's directory, then is moved into place by a
//   rename (replace) or a hard link (create-only), both atomic: a reader sees the old or the new file,
//   never half of one;
// - create-only relies on link() failing with EEXIST, which the filesystem decides atomically;
// - If-Match, unconditional writes and deletes compare-and-replace under a per-key lock file
//   (file-lock.ts), so none of them can slip between another's check and its rename.
// Reads take no lock. Temp and lock names contain "@", which no key can, so they never meet a key.
import { randomUUID } from 'node:crypto';
import { rename, rmdir } from 'node:fs/promises';
import { dirname, join, resolve, sep } from 'node:path';
import { InvalidKeyError, PreconditionFailedError, StorageError } from './errors.js';
import { withFileLock, type LockOptions } from './file-lock.js';
import { errorCode, fsyncDir, statOrUndefined, unlinkQuiet } from './fs-util.js';
import { linkNew, listKeys, readItem, removeStaleTemps, writeTemp } from './file-io.js';
import { conditionHolds, toJson } from './shared.js';
import { isValidKey, type Storage, type StoredItem, type WriteCondition } from './storage.js';

export interface FileStorageOptions {
  /** A lock file older than this was left by a dead process and is broken (default 5 s). */
  readonly lockStaleMs?: number;
  /** How long a write waits for a key's lock before failing (default 15 s). */
  readonly lockTimeoutMs?: number;
}

/** Longest key segment: its file name plus ".json@lock.break" must fit the usual 255-byte limit. */
const MAX_SEGMENT = 200;

export class FileStorage implements Storage {
  readonly root: string;
  private readonly lock: LockOptions;

  constructor(dir: string, options: FileStorageOptions = {}) {
    this.root = resolve(dir);
    this.lock = {
      staleMs: options.lockStaleMs ?? 5_000,
      timeoutMs: options.lockTimeoutMs ?? 15_000,
    };
  }

  async read<T = unknown>(key: string): Promise<StoredItem<T> | undefined> {
    const path = this.pathOf(key);
    return guard('read', key, () => readItem<T>(path, key));
  }

  async write(key: string, value: unknown, condition?: WriteCondition): Promise<string> {
    const path = this.pathOf(key);
    const eTag = randomUUID();
    const record = `{"eTag":"${eTag}","writtenAt":"${new Date().toISOString()}","value":${toJson(key, value)}}`;
    return guard('write', key, async () => {
      // Fail fast, before writing anything, when the condition already cannot hold.
      if (condition && !conditionHolds(condition, (await readItem(path, key))?.eTag)) {
        throw new PreconditionFailedError(key);
      }
      const temp = await writeTemp(path, record);
      try {
        if (condition && 'ifNoneMatch' in condition) await linkNew(temp, path, key);
        else await this.replace(temp, path, key, condition);
      } finally {
        await unlinkQuiet(temp);
      }
      await fsyncDir(dirname(path));
      return eTag;
    });
  }

  async delete(key: string): Promise<void> {
    const path = this.pathOf(key);
    await guard('delete', key, async () => {
      if (!(await statOrUndefined(path))) return;
      // Under the lock, so a delete cannot land between an If-Match write's check and its rename.
      await withFileLock(`${path}@lock`, this.lock, () => unlinkQuiet(path));
      await fsyncDir(dirname(path));
      await this.prune(dirname(path));
    });
  }

  async list(prefix: string): Promise<string[]> {
    // Start in the deepest folder the prefix names; only a valid key may name it, so "../" cannot escape.
    const folder = prefix.slice(0, Math.max(0, prefix.lastIndexOf('/')));
    const start = isValidKey(folder) ? folder : '';
    const keys = await guard('list', prefix, () => listKeys(this.root, start));
    return keys.filter((key) => key.startsWith(prefix)).sort();
  }

  /** Temp files of writes a killed process never finished (file-io.ts removeStaleTemps). */
  removeLeftovers(now = Date.now()): Promise<number> {
    return removeStaleTemps(this.root, now);
  }

  /** Nothing is buffered: every write is durable when its promise resolves. */
  close(): Promise<void> {
    return Promise.resolve();
  }

  private pathOf(key: string): string {
    if (!isValidKey(key)) throw new InvalidKeyError(key);
    const segments = key.split('/');
    if (segments.some((segment) => segment.length > MAX_SEGMENT)) {
      throw new StorageError(
        `The file store cannot hold key segments over ${MAX_SEGMENT} characters`,
      );
    }
    return `${join(this.root, ...segments)}.json`;
  }

  /** Moves `temp` over `path` if the condition (If-Match, or none) holds against the stored eTag. */
  private async replace(temp: string, path: string, key: string, condition?: WriteCondition) {
    await withFileLock(`${path}@lock`, this.lock, async () => {
      if (condition && !conditionHolds(condition, (await readItem(path, key))?.eTag)) {
        throw new PreconditionFailedError(key);
      }
      await rename(temp, path);
    });
  }

  /** Removes folders emptied by deletes (no trace of a deleted conversation's hashed id remains). */
  private async prune(dir: string): Promise<void> {
    for (let current = dir; current.startsWith(this.root + sep); current = dirname(current)) {
      try {
        await rmdir(current);
      } catch {
        return; // not empty (or already gone): stop here, its parents are not empty either
      }
    }
  }
}

/** Turns an unexpected filesystem failure into a StorageError; the storage errors pass through. */
async function guard<T>(operation: string, key: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(`Could not ${operation} ${key}: ${errorCode(error) ?? 'error'}`, {
      cause: error,
    });
  }
}
