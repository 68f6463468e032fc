// What the operator sees when the bot cannot start: one plain line saying what to do, exit 1, no
// stack trace. A real OS process, on a port another server already holds.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
let holder: Server;
let port: number;
let dataDir: string;

beforeAll(async () => {
  holder = createServer();
  await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
  port = (holder.address() as { port: number }).port;
  dataDir = await mkdtemp(join(tmpdir(), 'smg-startup-'));
});
afterAll(async () => {
  await new Promise<void>((resolve) => holder.close(() => resolve()));
  await rm(dataDir, { recursive: true, force: true });
});

function run(env: Record<string, string>): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
      cwd: ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        NODE_ENV: 'development',
        SCHEDULER: 'off',
        DATA_DIR: dataDir,
        ...env,
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.once('exit', (code) => resolve({ code, stderr }));
  });
}

describe('starting the bot', () => {
  it('says in one line that the port is taken, and exits 1', async () => {
    const { code, stderr } = await run({ PORT: String(port), HOST: '127.0.0.1' });
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([
      `Port ${port} is already in use: stop the other process, or set PORT to a free port.`,
    ]);
  }, 60_000);

  it('lists every configuration problem at once, without a stack trace', async () => {
    const { code, stderr } = await run({ PORT: 'eighty', LOG_LEVEL: 'loud' });
    expect(code).toBe(1);
    expect(stderr).toMatch(/PORT must be an integer/);
    expect(stderr).toMatch(/LOG_LEVEL must be one of/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 60_000);
});
