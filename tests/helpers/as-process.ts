// Starting the bot as a separate OS process: the one way tests do it (in this process:
// in-process.ts). `startBotProcess` runs the production entry point (`node --import tsx
// src/index.ts`: signals, start-up errors, its logs parsed as they come); `startBotInstance` runs
// bot-process-child.ts, the same services and host with a control channel on stdin/stdout (run the
// scheduler at a given time, stop at a checkpoint) for crash tests, and always kills it on stop — or
// when this process exits.
import { spawn, type ChildProcess, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, afterEach, beforeAll } from 'vitest';
import type { TickResult } from '../../src/features/schedule/scheduler.js';
import { post, type Posted } from './http.js';
import { newDataDir } from './in-process.js';
import { startStubConnector, type StubConnector } from './stub-connector.js';
import { BOT_HOST_ENV } from './bot-host.js';

export interface BotInstance {
  /** http://127.0.0.1:PORT/api/messages */
  readonly url: string;
  readonly pid: number;
  send(activity: object): Promise<Posted>;
  /** Runs the scheduler once in that process, with its clock standing at `now`. */
  tick(now: Date): Promise<TickResult>;
  /** Asks the bot to close, then kills it if it has not exited within a few seconds. Idempotent. */
  stop(): Promise<void>;
  /** kill -9: the process dies at once, mid-whatever, as in a crash. */
  kill(): Promise<void>;
  /** Resolves when a post stopped at `step` (SMG_STOP_AT): the moment to kill the process. */
  stoppedAt(step: string, timeoutMs?: number): Promise<void>;
  /** What the process wrote on stderr (its warn/error logs), for failure messages. */
  stderr(): string;
}

const REPO = join(import.meta.dirname, '../..');
const SCRIPT = join(import.meta.dirname, 'bot-process-child.ts');
const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/** Only what Node and tsx need from this environment: no bot identity or storage setting. */
const BASE_ENV_KEYS = ['PATH', 'HOME', 'TMPDIR', 'TEMP', 'TMP', 'SystemRoot', 'LANG'];

interface Reply {
  readonly id?: number;
  readonly ok?: boolean;
  readonly event?: string;
  readonly url?: string;
  readonly result?: unknown;
  readonly error?: { name: string; message: string };
}

/** Starts a bot process with `env` (e.g. STORAGE, AZURE_STORAGE_*, USER_KEY_SECRET, DATA_DIR). */
export async function startBotInstance(env: Record<string, string>): Promise<BotInstance> {
  const base = Object.fromEntries(
    BASE_ENV_KEYS.flatMap((key) => (process.env[key] ? [[key, process.env[key]]] : [])),
  );
  const child: ChildProcessWithoutNullStreams = spawn(
    process.execPath,
    ['--import', 'tsx', SCRIPT],
    { cwd: REPO, env: { ...base, NODE_ENV: 'test', SCHEDULER: 'off', ...BOT_HOST_ENV, ...env } },
  );
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stderr = '';
  child.stderr.on(
    'data',
    (chunk: Buffer) => void (stderr = (stderr + chunk.toString()).slice(-20_000)),
  );

  const pending = new Map<number, (reply: Reply) => void>();
  const stops = new Set<string>();
  let onStop: () => void = () => undefined;
  let onReady: (reply: Reply) => void = () => undefined;
  createInterface({ input: child.stdout }).on('line', (line) => {
    let reply: Reply;
    try {
      reply = JSON.parse(line) as Reply;
    } catch {
      return; // not a protocol line
    }
    if (reply.event === 'ready') onReady(reply);
    else if (reply.event === 'stopped') {
      stops.add(String((reply as { at?: unknown }).at));
      onStop();
    } else if (typeof reply.id === 'number') pending.get(reply.id)?.(reply);
  });

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.stdin.end(`${JSON.stringify({ id: 0, cmd: 'close' })}\n`);
        const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
        await exited;
        clearTimeout(timer);
      }
      process.off('exit', killOnExit);
    })());

  const ready = await new Promise<Reply>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('bot process did not start in time')),
      START_TIMEOUT_MS,
    );
    onReady = (reply) => {
      clearTimeout(timer);
      resolve(reply);
    };
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`bot process exited with ${child.exitCode ?? child.signalCode}: ${stderr}`));
    });
  }).catch(async (error: unknown) => {
    await stop();
    throw error;
  });

  let nextId = 1;
  const command = (cmd: Record<string, unknown>): Promise<unknown> =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, (reply) => {
        pending.delete(id);
        if (reply.ok) resolve(reply.result);
        else reject(new Error(`${reply.error?.name}: ${reply.error?.message}`));
      });
      void exited.then(() => reject(new Error(`bot process exited: ${stderr}`)));
      child.stdin.write(`${JSON.stringify({ id, ...cmd })}\n`);
    });

  const url = ready.url!;
  return {
    url,
    pid: child.pid!,
    send: (activity) => post(url, activity),
    tick: async (now) => (await command({ cmd: 'tick', now: now.toISOString() })) as TickResult,
    stop,
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
      process.off('exit', killOnExit);
    },
    stoppedAt: (step, timeoutMs = 30_000) =>
      new Promise<void>((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no stop at ${step}: ${stderr}`)),
          timeoutMs,
        );
        const check = () => {
          if (!stops.has(step)) return;
          clearTimeout(timer);
          resolve();
        };
        onStop = check;
        check();
      }),
    stderr: () => stderr,
  };
}

export interface BotProcess {
  readonly child: ChildProcess;
  /** e.g. http://127.0.0.1:40123 */
  readonly url: string;
  readonly port: number;
  /** Every log line so far (pino JSON), and stderr text. */
  readonly lines: readonly string[];
  readonly stderr: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export async function startBotProcess(
  env: Record<string, string> = {},
  startTimeoutMs = 45_000,
): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: REPO,
    // A clean environment: nothing from the test runner's (no bot identity, no NODE_OPTIONS).
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      TMPDIR: process.env.TMPDIR ?? '/tmp',
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: newDataDir(),
      SCHEDULER: 'off',
      LOG_LEVEL: 'info',
      ...BOT_HOST_ENV,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let buffered = '';
  let onLine: (line: string) => void = () => undefined;
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    for (const line of parts) {
      lines.push(line);
      onLine(line);
    }
  });
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the bot did not start in ${startTimeoutMs} ms:\n${stderr}`));
    }, startTimeoutMs);
    void exited.then(({ code }) => reject(new Error(`the bot exited (${code}):\n${stderr}`)));
    onLine = (line) => {
      const entry = JSON.parse(line) as { msg?: string; url?: string };
      if (entry.msg === 'ready' && entry.url) {
        clearTimeout(timer);
        resolve(entry.url.replace(/\/api\/messages$/, ''));
      }
    };
  });
  return { child, url, port: Number(new URL(url).port), lines, stderr: () => stderr, exited };
}

/** A test file's stub connector, and the bot process the current test started (if any). */
export interface ProcessWorld {
  readonly stub: StubConnector;
  bot: BotProcess | undefined;
}

/**
 * Starts a stub connector before a file's tests; after each test kills (SIGKILL) the bot process
 * it left running and clears the stub; closes the stub at the end.
 */
export function botProcessesWithStub(): ProcessWorld {
  let stub: StubConnector | undefined;
  const world = {
    bot: undefined as BotProcess | undefined,
    get stub(): StubConnector {
      if (!stub) throw new Error('botProcessesWithStub: read stub inside tests, after beforeAll');
      return stub;
    },
  };
  beforeAll(async () => {
    stub = await startStubConnector();
  });
  afterEach(() => {
    const { bot } = world;
    if (bot && bot.child.exitCode === null && bot.child.signalCode === null)
      bot.child.kill('SIGKILL');
    world.bot = undefined;
    stub?.clear();
  });
  afterAll(() => stub?.close());
  return world;
}
