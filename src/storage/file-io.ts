// The file backend's building blocks: the on-disk record, temp files, create-only links and the
// directory walk. file.ts composes them into the write protocol.
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PreconditionFailedError, StorageError } from './errors.js';
import { errorCode, isMissing, unlinkQuiet } from './fs-util.js';
import { isValidKey, type StoredItem } from './storage.js';

/**
 * Parses a stored file. Rename-into-place means a reader never sees a half-written file; if one is
 * unreadable anyway (edited by hand, disk damage) it is reported, never returned or deleted.
 */
export function parseRecord<T>(text: string, key: string): StoredItem<T> {
  let record: unknown;
  try {
    record = JSON.parse(text);
  } catch (cause) {
    throw new StorageError(`The stored item ${key} is unreadable`, { cause });
  }
  if (
    typeof record !== 'object' ||
    record === null ||
    !('eTag' in record) ||
    typeof record.eTag !== 'string' ||
    !('value' in record)
  ) {
    throw new StorageError(`The stored item ${key} is not a storage record`);
  }
  return { value: record.value as T, eTag: record.eTag };
}

/** Every key stored under `folder` (a key prefix ending at a "/", or "" for all), unsorted. */
export async function listKeys(root: string, folder: string): Promise<string[]> {
  let entries;
  try {
    entries = await readdir(join(root, folder), { withFileTypes: true });
  } catch (error) {
    if (isMissing(error)) return []; // never created, or pruned while we walked
    throw error;
  }
  const base = folder ? `${folder}/` : '';
  const nested = await Promise.all(
    entries
      .filter((entry) => entry.isDirectory() && isValidKey(base + entry.name))
      .map((entry) => listKeys(root, base + entry.name)),
  );
  // Temp and lock files contain "@" or do not end in ".json", so they fail one of these tests.
  const here = entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => base + entry.name.slice(0, -'.json'.length))
    .filter(isValidKey);
  return [...here, ...nested.flat()];
}

export async function readItem<T>(path: string, key: string): Promise<StoredItem<T> | undefined> {
  try {
    return parseRecord<T>(await readFile(path, 'utf8'), key);
  } catch (error) {
    // EISDIR: "a.json" is the folder of a key "a.json/…", so the key "a" has no file.
    if (isMissing(error) || errorCode(error) === 'EISDIR') return undefined;
    throw error;
  }
}

/** Writes and syncs a new temp file next to `path` (same directory, so rename/link stay atomic). */
export async function writeTemp(path: string, data: string): Promise<string> {
  const temp = join(dirname(path), `@${randomUUID()}.tmp`);
  for (let attempt = 0; ; attempt++) {
    await mkdir(dirname(path), { recursive: true });
    try {
      const handle = await open(temp, 'wx');
      try {
        await handle.writeFile(data, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      return temp;
    } catch (error) {
      await unlinkQuiet(temp);
      // A concurrent delete can prune the folder between mkdir and open: make it again.
      if (errorCode(error) !== 'ENOENT' || attempt >= 3) throw error;
    }
  }
}

/** Create-only: link() refuses an existing name (EEXIST) in one atomic step, across processes. */
export async function linkNew(temp: string, path: string, key: string): Promise<void> {
  try {
    await link(temp, path);
  } catch (error) {
    if (errorCode(error) === 'EEXIST') throw new PreconditionFailedError(key);
    throw error;
  }
}
