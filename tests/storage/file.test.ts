import { spawn } from 'node:child_process';
import { mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deletePrefix } from '../../src/storage/delete-prefix.js';
import { InvalidKeyError, StorageError } from '../../src/storage/errors.js';
import { FileStorage } from '../../src/storage/file.js';
import { storageContract } from './contract.js';
import { increment } from './increment.js';

const freshDir = () => mkdtemp(join(tmpdir(), 'smg-storage-'));

storageContract('FileStorage', async () => {
  const dir = await freshDir();
  return {
    storage: new FileStorage(dir),
    cleanup: () => rm(dir, { recursive: true, force: true }),
  };
});

/** Every file and folder under `dir`, relative, sorted. */
const tree = async (dir: string) =>
  (await readdir(dir, { recursive: true })).map((p) => p.replaceAll('\\', '/')).sort();

interface Worker {
  ready: Promise<void>;
  go(): void;
  result: Promise<Record<string, unknown>>;
}

/** Starts tests/storage/file-worker.ts in its own Node process, through tsx. */
function startWorker(...args: string[]): Worker {
  const script = join(import.meta.dirname, 'file-worker.ts');
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: join(import.meta.dirname, '../..'),
  });
  let stdout = '';
  let stderr = '';
  let onReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (onReady = resolve));
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (stdout.startsWith('ready\n')) onReady();
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const result = new Promise<Record<string, unknown>>((resolve, reject) => {
    child.on('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code === 0) resolve(JSON.parse(last) as Record<string, unknown>);
      else reject(new Error(`worker exited with ${code}: ${stderr}`));
    });
  });
  return { ready, go: () => child.stdin.end('go\n'), result };
}

/** Runs workers so that they start their work at the same moment; returns their results. */
async function race(...workers: Worker[]) {
  await Promise.all(workers.map((w) => w.ready));
  workers.forEach((w) => w.go());
  return { results: await Promise.all(workers.map((w) => w.result)) };
}

describe('FileStorage', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await freshDir();
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('keeps data across a restart (a new instance on the same folder)', async () => {
    const first = new FileStorage(dir);
    const eTag = await first.write('conv/abc/state', { n: 1 });
    await first.close();
    const second = new FileStorage(dir);
    expect(await second.read('conv/abc/state')).toEqual({ value: { n: 1 }, eTag });
    expect(await second.list('conv/')).toEqual(['conv/abc/state']);
    expect(await tree(dir)).toEqual(['conv', 'conv/abc', 'conv/abc/state.json']);
  });

  it('leaves no temp or lock files, and prunes folders emptied by deletes', async () => {
    const storage = new FileStorage(dir);
    await Promise.all(Array.from({ length: 20 }, () => increment(storage, 'conv/abc/counter')));
    await storage.write('conv/keep', 1);
    expect(await tree(dir)).toEqual([
      'conv',
      'conv/abc',
      'conv/abc/counter.json',
      'conv/keep.json',
    ]);
    await deletePrefix(storage, 'conv/abc/');
    expect(await tree(dir)).toEqual(['conv', 'conv/keep.json']);
  });

  it('rejects invalid keys without touching the disk', async () => {
    const storage = new FileStorage(join(dir, 'store'));
    await expect(storage.write('../escape', 1)).rejects.toBeInstanceOf(InvalidKeyError);
    expect(await tree(dir)).toEqual([]);
  });

  it('reports a corrupt file as StorageError and leaves it in place', async () => {
    const storage = new FileStorage(dir);
    const eTag = await storage.write('k', 1);
    await writeFile(join(dir, 'k.json'), '{"eTag": "x", "value": ');
    await writeFile(join(dir, 'shape.json'), '{"value": 1}');
    await expect(storage.read('k')).rejects.toBeInstanceOf(StorageError);
    await expect(storage.read('shape')).rejects.toBeInstanceOf(StorageError);
    await expect(storage.write('k', 2, { ifMatch: eTag })).rejects.toBeInstanceOf(StorageError);
    await expect(storage.write('k', 2, { ifNoneMatch: '*' })).rejects.toBeInstanceOf(StorageError);
    expect(await storage.list('')).toEqual(['k', 'shape']);
  });

  it('fails with StorageError on a key segment too long for a file name', async () => {
    const storage = new FileStorage(dir);
    await expect(storage.write(`a/${'x'.repeat(300)}`, 1)).rejects.toBeInstanceOf(StorageError);
  });

  it('waits for a live lock and times out with StorageError', async () => {
    const storage = new FileStorage(dir, { lockTimeoutMs: 300 });
    await storage.write('k', 1);
    await writeFile(join(dir, 'k.json@lock'), JSON.stringify({ pid: process.pid }));
    await expect(storage.write('k', 2)).rejects.toBeInstanceOf(StorageError);
    expect((await storage.read('k'))?.value).toBe(1); // reads take no lock
    expect(await tree(dir)).toContain('k.json@lock'); // a fresh lock is not broken
  });

  it('breaks an old lock file left behind', async () => {
    const storage = new FileStorage(dir);
    await writeFile(join(dir, 'k.json@lock'), JSON.stringify({ pid: 999_999 }));
    const old = new Date(Date.now() - 60_000);
    await utimes(join(dir, 'k.json@lock'), old, old);
    await storage.write('k', 1);
    expect(await tree(dir)).toEqual(['k.json']);
  });

  describe('with two processes on the same folder', () => {
    it('breaks the lock of a process that died holding it', async () => {
      const dead = startWorker(dir, 'die-holding-lock', '0', 'k');
      await expect(race(dead)).rejects.toThrow(/exited with 3/);
      expect(await tree(dir)).toEqual(['k.json@lock']);
      const storage = new FileStorage(dir, { lockStaleMs: 500 });
      await storage.write('k', 1);
      expect(await tree(dir)).toEqual(['k.json']);
    });

    it('creates each of 30 keys exactly once when both race to create them', async () => {
      const { results } = await race(
        startWorker(dir, 'create', '30'),
        startWorker(dir, 'create', '30'),
      );
      const [a, b] = results.map((r) => ({ pid: r.pid, created: r.created as string[] }));
      expect([...a!.created, ...b!.created].sort()).toEqual(
        Array.from({ length: 30 }, (_, i) => `race/k${i}`).sort(),
      );
      const storage = new FileStorage(dir);
      for (const { pid, created } of [a!, b!]) {
        for (const key of created) expect((await storage.read(key))?.value).toEqual({ by: pid });
      }
    });

    it('counts 50 after 2 × 25 If-Match increments of one counter', async () => {
      const storage = new FileStorage(dir);
      await storage.write('counter', 0);
      const { results } = await race(
        startWorker(dir, 'increment', '25'),
        startWorker(dir, 'increment', '25'),
      );
      expect((await storage.read('counter'))?.value).toBe(50);
      for (const { attempts } of results) expect(attempts).toBeGreaterThanOrEqual(25);
      expect(await tree(dir)).toEqual(['counter.json']);
    });
  });
});
