// One load run with autocannon: POSTs message activities to a server's /api/messages, rotating
// through the question mix, and measures what the client sees. Latency percentiles are computed
// from every response's own time (autocannon's histogram rounds to whole milliseconds).
import autocannon, { type Result } from 'autocannon';
import { cpuMs, sampleMemory, type MemorySample, type Server } from './servers.js';

export interface LoadOptions {
  readonly connections: number;
  /** Seconds; or `amount` requests. */
  readonly duration?: number;
  readonly amount?: number;
  /** Gives the next activity's JSON body. */
  readonly next: () => string;
}

export interface LoadResult {
  readonly server: string;
  readonly seconds: number;
  readonly requests: number;
  /** Successful (2xx) responses per second over the run. */
  readonly rps: number;
  readonly latency: {
    readonly mean: number;
    readonly p50: number;
    readonly p99: number;
    readonly max: number;
  };
  readonly errors: number;
  readonly timeouts: number;
  readonly non2xx: number;
  /**
   * CPU time the server process used per answered request, ms (user + system). Unlike req/s, this
   * hardly depends on what else the machine is doing.
   */
  readonly cpuMsPerRequest: number;
  /** Peak resident set (VmHWM) of the server process at the end of the run, MB. */
  readonly peakRssMb: number;
  readonly rssSamples: readonly MemorySample[];
}

export const percentile = (sorted: ArrayLike<number>, p: number): number =>
  sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;

export async function runLoad(server: Server, options: LoadOptions): Promise<LoadResult> {
  let ok = 0;
  const times: number[] = [];
  const memory = sampleMemory(server.pid, () => ok);
  const cpuBefore = cpuMs(server.pid);
  const result = await new Promise<Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${server.url}/api/messages`,
        connections: options.connections,
        pipelining: 1,
        timeout: 30,
        ...(options.amount !== undefined
          ? { amount: options.amount }
          : { duration: options.duration ?? 10 }),
        requests: [
          {
            method: 'POST',
            path: '/api/messages',
            headers: { 'content-type': 'application/json' },
            setupRequest: (request) => ({ ...request, body: options.next() }),
          },
        ],
      },
      (error, res) => (error ? reject(error) : resolve(res)),
    );
    instance.on('response', (_client: unknown, status: number, _bytes: number, ms: number) => {
      if (status >= 200 && status < 300) {
        ok++;
        times.push(ms);
      }
    });
  });
  const cpuUsed = cpuMs(server.pid) - cpuBefore;
  const samples = memory.stop();
  const sorted = Float64Array.from(times).sort();
  const mean = times.reduce((a, b) => a + b, 0) / (times.length || 1);
  return {
    server: server.name,
    seconds: result.duration,
    requests: ok,
    rps: ok / result.duration,
    latency: {
      mean,
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      max: percentile(sorted, 1),
    },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    cpuMsPerRequest: cpuUsed / (ok || 1),
    peakRssMb: Math.max(0, ...samples.map((s) => s.hwm)),
    rssSamples: samples,
  };
}
