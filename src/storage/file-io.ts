// The file backend's building blocks: the on-disk record, temp files, create-only links and the
// directory walk. file.ts composes them into the write protocol.
import { randomUUID } from 'node:crypto';
import { link, mkdir, open, readdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PreconditionFailedError, StorageError } from './errors.js';
import { errorCode, isMissing, statOrUndefined, unlinkQuiet } from './fs-util.js';
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

/**
 * Stored data is for this process's user only: files 0600, folders 0700 (the umask can only take
 * permissions away, never add them).
 */
export const FILE_MODE = 0o600;
export const DIR_MODE = 0o700;

/** A temp file older than this belongs to no write in progress (writes take milliseconds). */
export const STALE_TEMP_MS = 60_000;
/** "@<pid>-<uuid>.tmp": the writer's pid tells a dead process's leftovers from a live write. */
const TEMP_NAME = /^@(?:(\d+)-)?[0-9a-f-]{36}\.tmp$/;

/** Whether a process with this id runs on this machine (signal 0 only checks). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return errorCode(error) === 'EPERM'; // it exists, owned by someone else
  }
}

/** Writes and syncs a new temp file next to `path` (same directory, so rename/link stay atomic). */
export async function writeTemp(path: string, data: string): Promise<string> {
  const temp = join(dirname(path), `@${process.pid}-${randomUUID()}.tmp`);
  for (let attempt = 0; ; attempt++) {
    await mkdir(dirname(path), { recursive: true, mode: DIR_MODE });
    try {
      const handle = await open(temp, 'wx', FILE_MODE);
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

/**
 * Deletes the temp files under `root` of writes a killed process never finished (they hold data
 * that was never stored, and would otherwise stay for good): those of a process no longer running,
 * and any older than `olderThanMs`. Another live process's fresh temp file is its write in progress.
 */
export async function removeStaleTemps(
  root: string,
  now: number,
  olderThanMs = STALE_TEMP_MS,
): Promise<number> {
  let entries;
  try {
    entries = await readdir(root, { withFileTypes: true, recursive: true });
  } catch (error) {
    if (isMissing(error)) return 0;
    throw error;
  }
  let removed = 0;
  for (const entry of entries) {
    const name = TEMP_NAME.exec(entry.name);
    if (!entry.isFile() || !name) continue;
    const path = join(entry.parentPath, entry.name);
    const pid = name[1] === undefined ? undefined : Number(name[1]);
    const dead = pid !== undefined && pid !== process.pid && !isAlive(pid);
    const stats = dead ? undefined : await statOrUndefined(path);
    if (!dead && (!stats || now - stats.mtimeMs < olderThanMs)) continue;
    await unlinkQuiet(path);
    removed += 1;
  }
  return removed;
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
