// Small filesystem helpers shared by the file backend and its lock.
import { open, stat, unlink } from 'node:fs/promises';
import type { Stats } from 'node:fs';

/** The errno code of a Node filesystem error ("ENOENT", "EEXIST", …), if any. */
export const errorCode = (error: unknown): string | undefined =>
  error instanceof Error && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;

/** A path that is absent, or cannot exist because a parent is a file: both mean "no such key". */
export const isMissing = (error: unknown): boolean =>
  ['ENOENT', 'ENOTDIR'].includes(errorCode(error) ?? '');

/** Removes a file; one that is already gone is what we wanted. */
export async function unlinkQuiet(path: string): Promise<void> {
  try {
    await unlink(path);
  } catch (error) {
    if (!isMissing(error)) throw error;
  }
}

export async function statOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await stat(path);
  } catch (error) {
    if (isMissing(error)) return undefined;
    throw error;
  }
}

/**
 * Makes a rename or link in `dir` durable: without it a power loss can forget the new directory
 * entry even though the file's data was synced. Directories cannot be opened or synced on Windows
 * and some filesystems; the rename is still atomic there, only its durability is up to the OS.
 */
export async function fsyncDir(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (error) {
    // ENOENT: a concurrent delete pruned the folder, so there is no entry left to make durable.
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EACCES', 'ENOENT'].includes(errorCode(error) ?? '')) {
      throw error;
    }
  }
}
