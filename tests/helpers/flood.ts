// Many requests over a few keep-alive connections, as fast as the server answers them. The client
// runs in a worker thread: it gets its own core, and its allocations stay out of the main thread's
// heap, which is the server's heap that leak tests measure.
import { Worker } from 'node:worker_threads';

export interface FloodResult {
  /** Responses by HTTP status ("error" for a failed request). */
  readonly statuses: Readonly<Record<string, number>>;
  readonly sent: number;
  readonly ms: number;
}

export interface FloodOptions {
  readonly url: string;
  readonly body: string;
  /** Request i sends `Authorization: Bearer ${tokens[i % tokens.length]}`. */
  readonly tokens: readonly string[];
  readonly count: number;
  readonly concurrency?: number;
  /** Stop sending after this long (the result says how many were sent). */
  readonly deadlineMs?: number;
}

const CLIENT = `
const { Agent, request } = require('node:http');
const { parentPort, workerData } = require('node:worker_threads');
const { url, body, tokens, count, concurrency, deadlineMs } = workerData;
const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
const statuses = {};
const started = Date.now();
let next = 0;
const one = (i) => new Promise((resolve) => {
  const req = request(url, {
    method: 'POST',
    agent,
    headers: {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      authorization: 'Bearer ' + tokens[i % tokens.length],
    },
  }, (res) => {
    res.resume();
    res.on('end', () => resolve(String(res.statusCode)));
    res.on('error', () => resolve('error'));
  });
  req.on('error', () => resolve('error'));
  req.end(body);
});
const worker = async () => {
  while (next < count && Date.now() - started < deadlineMs) {
    const status = await one(next++);
    statuses[status] = (statuses[status] || 0) + 1;
  }
};
Promise.all(Array.from({ length: concurrency }, worker)).then(() => {
  agent.destroy();
  parentPort.postMessage({ statuses, sent: next, ms: Date.now() - started });
});
`;

export function flood(options: FloodOptions): Promise<FloodResult> {
  const { concurrency = 50, deadlineMs = 60_000, ...rest } = options;
  const worker = new Worker(CLIENT, {
    eval: true,
    workerData: { ...rest, tokens: [...rest.tokens], concurrency, deadlineMs },
  });
  return new Promise<FloodResult>((resolve, reject) => {
    worker.once('message', (result: FloodResult) => {
      resolve(result);
      void worker.terminate();
    });
    worker.once('error', reject);
  });
}
