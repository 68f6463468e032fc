// `npm run playground`: the bot (local mode) and Microsoft 365 Agents Playground side by side, offline.
// The Playground is a local web app that plays Teams: personal chat, group chat and a team's channels,
// Adaptive Cards and Action.Execute. It is kept offline: no browser opened for you
// (TEAMSAPPTESTER_BROWSER=none), its telemetry off (--disable-telemetry; Application Insights'
// statsbeat off too), its log file under .local/. The end-to-end tests (tests/e2e) start both with
// startPlayground().
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseEnv } from 'node:util';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const ENV_FILE = path.join(ROOT, 'env', '.env.playground');
const PLAYGROUND_CLI = createRequire(import.meta.url).resolve(
  '@microsoft/m365agentsplayground/cli.js',
);

/** Always set for the Playground, whatever the environment says: it must not reach the internet. */
export const PLAYGROUND_OFFLINE_ENV = {
  TEAMSAPPTESTER_BROWSER: 'none',
  APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
} as const;
/** The Playground's own telemetry switch is a flag (there is no variable for it). */
const PLAYGROUND_OFFLINE_FLAGS = ['--disable-telemetry'];

/** The Playground cannot authenticate as Teams does: the bot runs in local mode, whatever is set. */
const BOT_IDENTITY_KEYS = [
  'MicrosoftAppId',
  'BOT_ID',
  'MicrosoftAppPassword',
  'BOT_PASSWORD',
  'MicrosoftAppType',
  'BOT_TYPE',
  'MicrosoftAppTenantId',
  'BOT_TENANT_ID',
];

export type Source = 'bot' | 'playground';

export interface PlaygroundOptions {
  /** Environment to start from (default process.env); env/.env.playground fills what it lacks. */
  readonly env?: NodeJS.ProcessEnv;
  /** The bot's port: PORT, else 3978. */
  readonly botPort?: number;
  /** The Playground's port: TEAMSAPPTESTER_PORT, else 56150 (the Playground picks another if taken). */
  readonly playgroundPort?: number;
  /** The bot's DATA_DIR: DATA_DIR, else .local/playground/data. */
  readonly dataDir?: string;
  /** Where the Playground writes its own log: .local/playground unless given. */
  readonly logDir?: string;
  /** Ignore a .m365agentsplayground.yml: the Playground's built-in users, chats and team (tests). */
  readonly builtinConfig?: boolean;
  /** Each line the children print (default: to this process's stdout, prefixed). */
  readonly onLine?: (source: Source, line: string) => void;
  readonly readyTimeoutMs?: number;
}

export interface RunningPlayground {
  /** The Playground's web UI, e.g. http://localhost:56150. */
  readonly url: string;
  readonly playgroundPort: number;
  readonly botEndpoint: string;
  readonly dataDir: string;
  /** Settles when either child exits by itself. */
  readonly exited: Promise<{ source: Source; code: number | null; signal: string | null }>;
  /** Stops both children (SIGTERM, then SIGKILL); safe to call more than once. */
  stop(): Promise<void>;
}

/** env/.env.playground (the Agents Toolkit's environment file), if present. */
export function readPlaygroundEnvFile(file = ENV_FILE): Record<string, string> {
  if (!existsSync(file)) return {};
  return parseEnv(readFileSync(file, 'utf8')) as Record<string, string>;
}

function portFrom(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`${name} must be a port number (got "${raw}")`);
  return port;
}

/** A port nobody listens on now (for tests, which must not collide with a bot already running). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function assertPortFree(port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        new Error(
          error.code === 'EADDRINUSE'
            ? `Port ${port} is already in use (another bot?). Stop it, or choose another: PORT=3979 npm run playground`
            : `Cannot listen on ${host}:${port}: ${error.message}`,
        ),
      ),
    );
    server.listen(port, host, () => server.close(() => resolve()));
  });
}

interface Child {
  readonly source: Source;
  readonly process: ChildProcess;
  readonly tail: string[];
  readonly exited: Promise<{ code: number | null; signal: string | null }>;
  done: boolean;
}

function startChild(
  source: Source,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine: (source: Source, line: string) => void,
  onEachLine: (line: string) => void,
): Child {
  // Own process group: Ctrl+C reaches only this script, which stops both children exactly once, and
  // stopping a child stops what it started (tsx's esbuild service).
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  const tail: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    createInterface({ input: stream }).on('line', (line) => {
      tail.push(line);
      if (tail.length > 40) tail.shift();
      onLine(source, line);
      onEachLine(line);
    });
  }
  const result: Child = {
    source,
    process: child,
    tail,
    done: false,
    exited: new Promise((resolve) => {
      child.once('exit', (code, signal) => {
        result.done = true;
        resolve({ code, signal });
      });
      child.once('error', (error) => {
        tail.push(String(error));
        result.done = true;
        resolve({ code: null, signal: null });
      });
    }),
  };
  return result;
}

function signalGroup(child: Child, signal: NodeJS.Signals): void {
  if (child.done || child.process.pid === undefined) return;
  try {
    process.kill(-child.process.pid, signal);
  } catch {
    // Already gone.
  }
}

async function stopChild(child: Child, graceMs: number): Promise<void> {
  if (child.done) return;
  signalGroup(child, 'SIGTERM');
  const timer = new Promise<'timeout'>((resolve) =>
    setTimeout(() => resolve('timeout'), graceMs).unref(),
  );
  if ((await Promise.race([child.exited, timer])) === 'timeout') {
    signalGroup(child, 'SIGKILL');
    await child.exited;
  }
}

/** Polls url until it answers 200 (or gaveUp() says to stop). */
async function answers(url: string, gaveUp: () => boolean): Promise<void> {
  while (!gaveUp()) {
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return new Promise<void>(() => {}); // The child's exit is reported elsewhere.
}

function defaultOnLine(source: Source, line: string): void {
  process.stdout.write(`[${source}] ${line}\n`);
}

/** Starts the bot and the Playground, and resolves once both answer. */
export async function startPlayground(options: PlaygroundOptions = {}): Promise<RunningPlayground> {
  const base = { ...readPlaygroundEnvFile(), ...(options.env ?? process.env) };
  const botPort = options.botPort ?? portFrom(base.PORT, 3978, 'PORT');
  const playgroundPort =
    options.playgroundPort ?? portFrom(base.TEAMSAPPTESTER_PORT, 56150, 'TEAMSAPPTESTER_PORT');
  // Loopback unless HOST says otherwise: authentication is off, nobody else should reach the bot.
  const botHost = base.HOST?.trim() || '127.0.0.1';
  const reachHost = ['0.0.0.0', '::'].includes(botHost) ? '127.0.0.1' : botHost;
  const dataDir = path.resolve(
    ROOT,
    options.dataDir ?? (base.DATA_DIR?.trim() || '.local/playground/data'),
  );
  const logDir = path.resolve(ROOT, options.logDir ?? '.local/playground');
  const onLine = options.onLine ?? defaultOnLine;
  const readyTimeoutMs = options.readyTimeoutMs ?? 180_000;
  mkdirSync(dataDir, { recursive: true });
  mkdirSync(logDir, { recursive: true });
  await assertPortFree(botPort, botHost);

  const botUrl = `http://${reachHost.includes(':') ? `[${reachHost}]` : reachHost}:${botPort}`;
  const botEndpoint = `${botUrl}/api/messages`;
  const botEnv: NodeJS.ProcessEnv = {
    ...base,
    PORT: String(botPort),
    HOST: botHost,
    DATA_DIR: dataDir,
    SCHEDULER: 'off',
    NODE_ENV: 'development',
  };
  for (const key of BOT_IDENTITY_KEYS) delete botEnv[key];
  const playgroundEnv: NodeJS.ProcessEnv = {
    ...base,
    ...PLAYGROUND_OFFLINE_ENV,
    BOT_ENDPOINT: botEndpoint,
    TEAMSAPPTESTER_PORT: String(playgroundPort),
    M365_AGENTS_PLAYGROUND_LOGFILE: path.join(logDir, 'm365agentsplayground.log'),
    M365_AGENTS_PLAYGROUND_ENABLE_EVENTS_RECORDING: 'false',
  };
  if (options.builtinConfig) {
    // Paths that do not exist: the Playground falls back to its built-in mock data.
    playgroundEnv.M365_AGENTS_PLAYGROUND_CONFIG_PATH = path.join(logDir, 'no-config.yml');
    playgroundEnv.TEAMS_APP_TEST_TOOL_CONFIG_PATH = path.join(logDir, 'no-config.yml');
  }

  let botReady!: () => void;
  const botIsReady = new Promise<void>((resolve) => (botReady = resolve));
  let listening!: (port: number) => void;
  const playgroundListens = new Promise<number>((resolve) => (listening = resolve));

  const bot = startChild('bot', ['--import', 'tsx', 'src/index.ts'], botEnv, onLine, (line) => {
    if (line.includes('"msg":"ready"')) botReady();
  });
  const playground = startChild(
    'playground',
    [
      PLAYGROUND_CLI,
      'start',
      '--port',
      String(playgroundPort),
      '--app-endpoint',
      botEndpoint,
      '--channel-id',
      'msteams',
      ...PLAYGROUND_OFFLINE_FLAGS,
    ],
    playgroundEnv,
    onLine,
    (line) => {
      const match = /Listening on (\d+)/.exec(line);
      if (match) listening(Number(match[1]));
    },
  );
  const children = [bot, playground];
  const killAll = () => children.forEach((child) => signalGroup(child, 'SIGKILL'));
  process.once('exit', killAll);

  let stopping: Promise<void> | undefined;
  const stop = () =>
    (stopping ??= Promise.all(children.map((child) => stopChild(child, 8_000))).then(() => {
      process.removeListener('exit', killAll);
    }));

  const exited = Promise.race(
    children.map((child) =>
      child.exited.then(({ code, signal }) => ({ source: child.source, code, signal })),
    ),
  );

  try {
    const failed = exited.then(({ source, code, signal }) => {
      const child = source === 'bot' ? bot : playground;
      throw new Error(
        `The ${source} stopped before it was ready (exit ${code ?? signal}). Its last lines:\n` +
          child.tail.map((l) => `  ${l}`).join('\n'),
      );
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(`The bot and the Playground were not ready within ${readyTimeoutMs / 1000}s`),
          ),
        readyTimeoutMs,
      );
    });
    const ready = (async () => {
      const [port] = await Promise.all([
        playgroundListens,
        Promise.race([botIsReady, answers(`${botUrl}/healthz`, () => bot.done)]),
      ]);
      const url = `http://localhost:${port}`;
      const response = await fetch(`http://127.0.0.1:${port}/`);
      if (!response.ok) throw new Error(`The Playground answered ${response.status} at ${url}`);
      return port;
    })();
    const port = await Promise.race([ready, failed, timeout]).finally(() => clearTimeout(timer));
    return {
      url: `http://localhost:${port}`,
      playgroundPort: port,
      botEndpoint,
      dataDir,
      exited,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function main(): Promise<void> {
  const running = await startPlayground();
  const relative = path.relative(ROOT, running.dataDir) || '.';
  process.stdout.write(
    [
      '',
      `Open ${running.url} in your browser: Microsoft 365 Agents Playground, with the bot in a personal chat,`,
      '  a group chat and a team\'s channels (in a group chat or channel, type "@" and pick the bot first).',
      `  Bot: ${running.botEndpoint} (local mode, authentication off), data in ${relative}`,
      '  Offline: no browser opened, Playground telemetry off. Ctrl+C stops both.',
      '',
    ].join('\n') + '\n',
  );
  let code = 0;
  const shutdown = (signal: NodeJS.Signals) => {
    code = signal === 'SIGINT' ? 130 : 143;
    void running.stop().then(() => process.exit(code));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
  // `npm run` signals only its shell, which does not pass it on: stop too when left an orphan.
  const parent = process.ppid;
  setInterval(() => {
    if (process.ppid !== parent && code === 0) shutdown('SIGTERM');
  }, 1_000).unref();
  const { source, code: childCode, signal } = await running.exited;
  if (code !== 0) return; // Stopping on request.
  process.stderr.write(
    `The ${source} stopped (exit ${childCode ?? signal}); stopping the other.\n`,
  );
  await running.stop();
  process.exit(1);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
