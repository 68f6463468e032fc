// A child process for the two-process FileStorage tests, run as
//   node --import tsx file-worker.ts <dir> <create|increment|die-holding-lock> <count> [key]
// It prints "ready", waits for "go" on stdin (so both children start racing together), then prints
// one JSON line with its result.
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { PreconditionFailedError } from '../../src/storage/errors.js';
import { FileStorage } from '../../src/storage/file.js';
import { withFileLock } from '../../src/storage/file-lock.js';
import { increment } from './increment.js';

const [dir = '', mode = '', count = '0', key = 'counter'] = process.argv.slice(2);
const storage = new FileStorage(dir);
const input = createInterface({ input: process.stdin });
process.stdout.write('ready\n');
await once(input, 'line');
input.close();

async function createAll(): Promise<{ created: string[] }> {
  const keys = Array.from({ length: Number(count) }, (_, i) => `race/k${i}`);
  const results = await Promise.allSettled(
    keys.map((k) => storage.write(k, { by: process.pid }, { ifNoneMatch: '*' })),
  );
  results.forEach((result) => {
    if (result.status === 'rejected' && !(result.reason instanceof PreconditionFailedError)) {
      throw result.reason;
    }
  });
  return { created: keys.filter((_, i) => results[i]?.status === 'fulfilled') };
}

async function incrementAll(): Promise<{ attempts: number }> {
  let attempts = 0;
  for (let i = 0; i < Number(count); i++) attempts += await increment(storage, key);
  return { attempts };
}

if (mode === 'die-holding-lock') {
  // Take the key's lock as FileStorage would, and exit without releasing it (a crash).
  await withFileLock(
    `${storage.root}/${key}.json@lock`,
    { staleMs: 60_000, timeoutMs: 1_000 },
    () => Promise.resolve(process.exit(3)),
  );
}
const result = mode === 'create' ? await createAll() : await incrementAll();
process.stdout.write(`${JSON.stringify({ pid: process.pid, ...result })}\n`);
