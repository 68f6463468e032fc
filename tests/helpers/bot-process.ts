// The real bot as a separate process (`node --import tsx src/index.ts`), as it runs in production:
// on a free port (PORT=0), with its own data directory, its logs parsed as they come.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { newDataDir } from './bot-host.js';

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

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export async function startBotProcess(
  env: Record<string, string> = {},
  startTimeoutMs = 45_000,
): Promise<BotProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: ROOT,
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
