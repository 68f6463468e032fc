// A per-key lock shared by every process that uses the same FileStorage directory. If-Match and
// unconditional writes must read, compare and replace as one step; two bot instances over one
// directory need a lock that both can see, so it is a file created with O_EXCL ('wx'): creation
// either succeeds for exactly one process or fails with EEXIST, on every local filesystem.
// A process that dies while holding the lock leaves the file behind; it is broken once older than
// `staleMs` (the lock is held for milliseconds: a read and a rename).
import { randomUUID } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { dirname } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { StorageError } from './errors.js';
import { errorCode, statOrUndefined, unlinkQuiet } from './fs-util.js';

export interface LockOptions {
  /** A lock file older than this is presumed left by a dead process, and removed. */
  readonly staleMs: number;
  /** How long to wait for the lock before failing with StorageError. */
  readonly timeoutMs: number;
}

// Callers in this process queue here first, so they wait on a promise instead of polling the disk.
const queues = new Map<string, Promise<unknown>>();

/** Runs `critical` while holding the lock file `lockPath` (created, then removed). */
export async function withFileLock<T>(
  lockPath: string,
  options: LockOptions,
  critical: () => Promise<T>,
): Promise<T> {
  const locked = async () => {
    const token = await acquire(lockPath, options);
    try {
      return await critical();
    } finally {
      await release(lockPath, token);
    }
  };
  const run = (queues.get(lockPath) ?? Promise.resolve()).then(locked, locked);
  const tail = run.catch(() => undefined);
  queues.set(lockPath, tail);
  try {
    return await run;
  } finally {
    if (queues.get(lockPath) === tail) queues.delete(lockPath);
  }
}

/** Creates `path` only if it does not exist; false if it does. */
async function tryCreate(path: string, content: string): Promise<boolean> {
  try {
    await writeFile(path, content, { flag: 'wx', mode: 0o600 });
    return true;
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false;
    // A concurrent delete may have pruned the (empty) directory: recreate it and try again.
    if (errorCode(error) !== 'ENOENT') throw error;
    await mkdir(dirname(path), { recursive: true, mode: 0o700 });
    return false;
  }
}

async function acquire(path: string, { staleMs, timeoutMs }: LockOptions): Promise<string> {
  const token = randomUUID();
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; ; attempt++) {
    // pid, host and time are for whoever finds a lock file left behind; the token proves ownership.
    const holder = { pid: process.pid, host: hostname(), at: new Date().toISOString(), token };
    if (await tryCreate(path, JSON.stringify(holder))) return token;
    await breakIfStale(path, staleMs);
    if (Date.now() > deadline) throw new StorageError(`Timed out waiting for the lock ${path}`);
    // Short, growing, jittered waits: two processes in lockstep would otherwise keep colliding.
    await sleep(Math.min(50, 2 ** attempt) * (0.5 + Math.random()));
  }
}

/**
 * Removes the lock if it is stale. Two waiters can see the same stale lock; if both simply deleted
 * it, the slower one could delete the lock the faster one has just taken. So breaking needs its own
 * O_EXCL "breaker" file, and under it the lock is deleted only if it is still the same stale file.
 */
async function breakIfStale(path: string, staleMs: number): Promise<void> {
  const seen = await statOrUndefined(path);
  if (!seen || Date.now() - seen.mtimeMs < staleMs) return;
  const breaker = `${path}.break`;
  if (!(await tryCreate(breaker, String(process.pid)))) {
    // A breaker is held for three syscalls; one this old was left by a process that died then.
    const stale = await statOrUndefined(breaker);
    if (stale && Date.now() - stale.mtimeMs > staleMs) await unlinkQuiet(breaker);
    return;
  }
  try {
    const now = await statOrUndefined(path);
    if (now && now.ino === seen.ino && now.mtimeMs === seen.mtimeMs) await unlinkQuiet(path);
  } finally {
    await unlinkQuiet(breaker);
  }
}

/** Removes the lock only if it is still ours: if we overran `staleMs`, it may now be another's. */
async function release(path: string, token: string): Promise<void> {
  const content = await readFile(path, 'utf8').catch(() => '');
  if (content.includes(token)) await unlinkQuiet(path);
}
