// The file store after a crash: temp files of writes a killed process never finished are removed
// (at start and by the retention purge), a live process's fresh temp file is not, and what the
// store writes is for this process's user only (files 0600, folders 0700).
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtemp, mkdir, readdir, rm, stat, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { purgeExpired } from '../../src/features/retention/retention.js';
import { createStorage } from '../../src/storage/create.js';
import { FileStorage } from '../../src/storage/file.js';

const dirs: string[] = [];
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});
const newDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'smg-leftovers-'));
  dirs.push(dir);
  return dir;
};

/** The pid of a process that has exited (so certainly not running now). */
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid;

async function plant(folder: string, pid: number, ageMs = 0): Promise<string> {
  await mkdir(folder, { recursive: true });
  const path = join(folder, `@${pid}-${randomUUID()}.tmp`);
  await writeFile(path, '{"eTag":"x","value":{"answer":"kept secret"}}');
  const at = new Date(Date.now() - ageMs);
  await utimes(path, at, at);
  return path;
}

const temps = async (dir: string) =>
  (await readdir(dir, { recursive: true })).filter((f) => String(f).endsWith('.tmp')).length;

describe('file store leftovers', () => {
  it('removes at start the temp files of a dead process, and old ones, never a live fresh one', async () => {
    const dataDir = await newDir();
    const quiz = join(dataDir, 'store', 'quiz', 'conv', 'q1', 'a', '0');
    await plant(quiz, deadPid());
    await plant(quiz, process.pid, 2 * 60_000);
    const live = await plant(quiz, process.pid);
    await createStorage({ storage: 'file', dataDir, blob: {} as never });
    expect(await temps(dataDir)).toBe(1);
    expect((await stat(live)).isFile()).toBe(true);
  });

  it('removes them in the retention purge too, and reports how many', async () => {
    const dataDir = await newDir();
    const storage = new FileStorage(join(dataDir, 'store'));
    await storage.write('quiz/conv/q1/state', { open: true });
    await plant(join(dataDir, 'store', 'quiz', 'conv'), deadPid());
    const result = await purgeExpired({ storage, now: new Date(), retentionDays: 30 });
    expect(result.leftovers).toBe(1);
    expect(await temps(dataDir)).toBe(0);
    expect(await storage.read('quiz/conv/q1/state')).toBeDefined();
  });

  it('writes files 0600 and folders 0700', async () => {
    const dataDir = await newDir();
    const storage = new FileStorage(join(dataDir, 'store'));
    await storage.write('quiz/conv/q1/a/0/person', { choice: 'risky' });
    await storage.write('quiz/conv/q1/a/0/person', { choice: 'appropriate' }); // replace path too
    const mode = async (p: string) => (await stat(p)).mode & 0o777;
    expect(await mode(join(dataDir, 'store', 'quiz', 'conv', 'q1', 'a', '0', 'person.json'))).toBe(
      0o600,
    );
    for (const folder of ['store', 'store/quiz', 'store/quiz/conv/q1/a/0'])
      expect(await mode(join(dataDir, folder)), folder).toBe(0o700);
  });
});
