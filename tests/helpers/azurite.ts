// Azurite (the Azure Storage emulator, a dev dependency) as a child process: the Blob service
// only, on 127.0.0.1 and a free port, with its data in a fresh temp folder. Telemetry is off
// (--disableTelemetry, and Application Insights' statsbeat off in its environment), so nothing
// leaves the machine. stop() always kills it and removes the folder; so does this process's exit.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { createConnection, createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Azurite {
  /** The standard devstoreaccount1 connection string, for this instance's port. */
  readonly connectionString: string;
  readonly blobEndpoint: string;
  readonly port: number;
  /** Kills Azurite (SIGTERM, then SIGKILL) and removes its folder. Idempotent. */
  stop(): Promise<void>;
}

/** Azurite's well-known development account key (public, documented; not a secret). */
const ACCOUNT = 'devstoreaccount1';
const ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const START_TIMEOUT_MS = 20_000;
const STOP_GRACE_MS = 3_000;

const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');

/** A port that was free a moment ago: listen on port 0, note the port, close. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function canConnect(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

export const connectionStringFor = (blobEndpoint: string) =>
  [
    'DefaultEndpointsProtocol=http',
    `AccountName=${ACCOUNT}`,
    `AccountKey=${ACCOUNT_KEY}`,
    `BlobEndpoint=${blobEndpoint}`,
  ].join(';') + ';';

/** Starts Azurite; a port taken in between by someone else is retried with another. */
export async function startAzurite(): Promise<Azurite> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startOnce(await freePort());
    } catch (error) {
      if (attempt >= 3 || !/EADDRINUSE/.test(String(error))) throw error;
    }
  }
}

async function startOnce(port: number): Promise<Azurite> {
  const location = await mkdtemp(join(tmpdir(), 'smg-azurite-'));
  const child = spawn(
    process.execPath,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      String(port),
      '--location',
      location,
      '--silent',
      '--skipApiVersionCheck',
      '--loose',
      '--disableTelemetry',
    ],
    {
      env: azuriteEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const collect = (chunk: Buffer) => void (output = (output + chunk.toString()).slice(-4_000));
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      process.off('exit', killOnExit);
      await kill(child, exited);
      await rm(location, { recursive: true, force: true });
    })());

  // Its own "listens" line, not just an open port: someone else may have taken the port meanwhile.
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (!/successfully listens/.test(output) || !(await canConnect(port))) {
    if (child.exitCode !== null || child.signalCode !== null || Date.now() > deadline) {
      await stop();
      throw new Error(`Azurite did not start on port ${port}: ${output.trim()}`);
    }
    await delay(50);
  }
  const blobEndpoint = `http://127.0.0.1:${port}/${ACCOUNT}`;
  return { connectionString: connectionStringFor(blobEndpoint), blobEndpoint, port, stop };
}

/** This process's environment less Azurite's settings (SQL metadata, accounts); telemetry off. */
function azuriteEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.AZURITE_DB;
  delete env.AZURITE_ACCOUNTS;
  return {
    ...env,
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    APPLICATION_INSIGHTS_NO_DIAGNOSTIC_CHANNEL: 'true',
  };
}

async function kill(child: ChildProcess, exited: Promise<void>): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
}
