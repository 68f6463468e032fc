// Heap measurements for leak tests: a real garbage collection, then heapUsed.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * global.gc when node runs with --expose-gc; otherwise the flag is set at run time and gc is taken
 * from a fresh context (V8 installs it there once the flag is on), so vitest needs no execArgv.
 */
function exposedGc(): () => void {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

export const gc = exposedGc();

/**
 * heapUsed after full collections, once it is stable: closing sockets and pending callbacks get
 * event-loop turns between collections (a busy machine needs several).
 */
export async function settledHeapUsed(maxRounds = 20): Promise<number> {
  let previous = Number.POSITIVE_INFINITY;
  for (let round = 0; round < maxRounds; round++) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    gc();
    const used = process.memoryUsage().heapUsed;
    if (round >= 2 && Math.abs(used - previous) < 100_000) return used;
    previous = used;
  }
  return previous;
}

export const mb = (bytes: number) => Math.round((bytes / 1e6) * 100) / 100;
