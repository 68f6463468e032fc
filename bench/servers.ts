// Starting and watching the servers under test: the bot (built, run as production runs it: the
// command of `npm run start:prod`), the echo bot and the stub connector; readiness; memory sampling.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const WORK_DIR = join(ROOT, '.local', 'bench');

/**
 * npm run build (tsc, then postbuild: the JSON content copied, the bundle); throws with the build's
 * output on failure.
 */
export function buildBot(): void {
  const result = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0)
    throw new Error(`npm run build failed:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  const { entry } = productionCommand();
  for (const f of [entry, 'dist/src/guidance/content', 'dist/src/scenarios/content'])
    if (!existsSync(join(ROOT, f))) throw new Error(`npm run build did not produce ${f}`);
}

/**
 * What production runs: package.json's `start:prod` script, `node [V8 flags…] <entry>`. The bench
 * spawns it without npm (so the pid it samples is the bot's own) but with the same flags and file.
 */
export function productionCommand(): { nodeArgs: string[]; entry: string } {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = (pkg.scripts?.['start:prod'] ?? '').trim().split(/\s+/);
  const entry = words.at(-1);
  if (words[0] !== 'node' || words.length < 2 || !entry || entry.startsWith('-'))
    throw new Error(`package.json "start:prod" is not "node [flags…] <file>": ${words.join(' ')}`);
  return { nodeArgs: words.slice(1, -1), entry };
}

/** Transpiles one of bench/*.ts to plain ESM JavaScript under .local/bench/js, for plain node. */
export function compileBenchFile(name: string): string {
  const source = readFileSync(join(ROOT, 'bench', `${name}.ts`), 'utf8');
  const { outputText } = ts.transpileModule(source, {
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
    },
    fileName: `${name}.ts`,
  });
  const dir = join(WORK_DIR, 'js');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.js`);
  writeFileSync(file, outputText);
  return file;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Server {
  readonly name: string;
  readonly child: ChildProcess;
  readonly pid: number;
  readonly url: string;
  readonly startedAt: number;
  /** Output of the process, for error reports. */
  readonly output: () => string;
  stop(): Promise<void>;
}

function watch(
  name: string,
  child: ChildProcess,
  url: string,
  startedAt: number,
  cleanup = () => {},
) {
  let output = '';
  const keep = (d: Buffer) => {
    output = (output + d.toString()).slice(-8_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const server: Server = {
    name,
    child,
    pid: child.pid!,
    url,
    startedAt,
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 3_000);
        await exited;
        clearTimeout(timer);
      }
      cleanup();
    },
  };
  return server;
}

/** The environment of a server process: the caller's, without tsx's hooks or inspector flags. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = { ...process.env, ...extra };
  delete env.NODE_OPTIONS;
  return env;
}

export interface SpawnOptions {
  /** Extra node flags, e.g. --cpu-prof. */
  readonly nodeArgs?: readonly string[];
  /** BOT_HOST: the Bot Framework SDK the bot runs on (botbuilder by default). */
  readonly botHost?: 'botbuilder' | 'agents';
}

/**
 * The bot as `npm run start:prod` runs it (productionCommand), local mode: PORT, HOST 127.0.0.1, a
 * fresh DATA_DIR, scheduler off, LOG_LEVEL warn.
 */
export async function spawnBot(options: SpawnOptions = {}): Promise<Server> {
  const { nodeArgs, entry } = productionCommand();
  const port = await freePort();
  const dataDir = mkdtempSync(join(os.tmpdir(), 'smg-bench-'));
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...nodeArgs, ...(options.nodeArgs ?? []), entry], {
    cwd: ROOT,
    env: childEnv({
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      SCHEDULER: 'off',
      LOG_LEVEL: 'warn',
      NODE_ENV: 'development',
      BOT_HOST: options.botHost ?? 'botbuilder',
    }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return watch(
    options.botHost === 'agents' ? 'agents' : 'bot',
    child,
    `http://127.0.0.1:${port}`,
    startedAt,
    () => rmSync(dataDir, { recursive: true, force: true }),
  );
}

export async function spawnEcho(options: SpawnOptions = {}): Promise<Server> {
  const file = compileBenchFile('echo-bot');
  const port = await freePort();
  const startedAt = performance.now();
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), file], {
    cwd: ROOT,
    env: childEnv({ PORT: String(port), HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return watch('echo', child, `http://127.0.0.1:${port}`, startedAt);
}

/** The stub Bot Connector, in its own process; resolves once it listens. */
export async function spawnStub(): Promise<Server & { serviceUrl: string }> {
  const file = compileBenchFile('stub-connector');
  const startedAt = performance.now();
  const child = spawn(process.execPath, [file], {
    cwd: ROOT,
    env: childEnv({ PORT: '0', HOST: '127.0.0.1' }),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let line = '';
    const timer = setTimeout(() => reject(new Error('stub connector did not start')), 10_000);
    child.stdout.on('data', function onData(d: Buffer) {
      line += d.toString();
      const nl = line.indexOf('\n');
      if (nl < 0) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve((JSON.parse(line.slice(0, nl)) as { port: number }).port);
    });
    child.once('exit', (code) => reject(new Error(`stub connector exited (${code})`)));
  });
  const url = `http://127.0.0.1:${port}`;
  return { ...watch('stub', child, url, startedAt), serviceUrl: `${url}/` };
}

const agent = new http.Agent({ keepAlive: false });

/** POST a JSON body; resolves with the status, rejects on connection errors. */
export function post(url: string, body: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (d: string) => (text += d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

export function getJson<T>(url: string, method = 'GET'): Promise<T> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (text += d));
      res.on('end', () => {
        try {
          resolve(JSON.parse(text) as T);
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Milliseconds from spawn to the first question answered (HTTP 200, which the bot sends after its
 * reply reached the connector). Polls every 5 ms while the port refuses connections.
 */
export async function waitReady(server: Server, activity: () => string, timeoutMs = 30_000) {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if (server.child.exitCode !== null)
      throw new Error(`${server.name} exited (${server.child.exitCode}):\n${server.output()}`);
    try {
      const { status, body } = await post(`${server.url}/api/messages`, activity());
      if (status === 200) return performance.now() - server.startedAt;
      throw new Error(`${server.name} answered ${status}: ${body.slice(0, 300)}`);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ECONNREFUSED' && code !== 'ECONNRESET') throw error;
    }
    if (performance.now() > deadline)
      throw new Error(`${server.name} not ready after ${timeoutMs} ms:\n${server.output()}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export interface MemorySample {
  /** ms since sampling started. */
  readonly t: number;
  /** Resident set size and its high-water mark, MB. */
  readonly rss: number;
  readonly hwm: number;
  /** Questions answered so far, when a counter was given. */
  readonly count: number;
}

/** Samples /proc/<pid>/status (VmRSS, VmHWM) every `everyMs`; Linux only (else no samples). */
export function sampleMemory(pid: number, count: () => number = () => 0, everyMs = 100) {
  const samples: MemorySample[] = [];
  const start = performance.now();
  const read = () => {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const kb = (key: string) => Number(new RegExp(`^${key}:\\s+(\\d+)`, 'm').exec(status)?.[1]);
      samples.push({
        t: performance.now() - start,
        rss: kb('VmRSS') / 1024,
        hwm: kb('VmHWM') / 1024,
        count: count(),
      });
    } catch {
      // not Linux, or the process is gone
    }
  };
  read();
  const timer = setInterval(read, everyMs);
  return {
    samples,
    stop() {
      clearInterval(timer);
      read();
      return samples;
    },
  };
}

/**
 * CPU time the process has used so far (user + system), ms; NaN off Linux. From /proc/<pid>/stat,
 * in clock ticks (USER_HZ, 100 on Linux), so 10 ms resolution: fine over runs of seconds.
 */
export function cpuMs(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may contain spaces) start at field 3.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return NaN;
  }
}

/** The process's peak resident set so far (VmHWM), MB; NaN off Linux. */
export function peakRss(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmHWM:\s+(\d+)/m.exec(status)?.[1]) / 1024;
  } catch {
    return NaN;
  }
}
