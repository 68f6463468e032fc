// Liveness, readiness and graceful close of the host: real HTTP, real CloudAdapter, fake bot.
import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config/config.js';
import { silentLogger } from '../../../src/util/logger.js';
import { startServer, type RunningServer } from '../../../src/host/teams/server.js';
import * as A from '../../helpers/activities.js';
import { createFakeBot } from '../../helpers/fake-bot.js';
import { post } from '../../helpers/http.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';
import { BOT_HOST_ENV } from '../../helpers/bot-host.js';

let server: RunningServer | undefined;
let stub: StubConnector | undefined;
afterEach(async () => {
  await server?.close();
  await stub?.close();
  server = stub = undefined;
});

const start = async (ready?: () => Promise<boolean>) => {
  server = await startServer({
    config: readConfig({ NODE_ENV: 'test', ...BOT_HOST_ENV }),
    bot: createFakeBot(),
    logger: silentLogger(),
    port: 0,
    host: '127.0.0.1',
    ...(ready && { ready }),
  });
  return server;
};

const get = async (url: string) => {
  const res = await fetch(url);
  return { status: res.status, json: await res.json() };
};

/** Resolves with the connection error code, or "connected". */
const tryConnect = (port: number) =>
  new Promise<string>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve('connected');
    });
    socket.once('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
  });

const until = async (condition: () => boolean, timeoutMs = 5_000) => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('/healthz and /readyz', () => {
  it('answers liveness and readiness', async () => {
    const { url } = await start();
    expect(await get(`${url}/healthz`)).toEqual({ status: 200, json: { status: 'ok' } });
    expect(await get(`${url}/readyz`)).toEqual({ status: 200, json: { status: 'ready' } });
  });

  it.each([
    ['says no', () => Promise.resolve(false)],
    ['throws', () => Promise.reject(new Error('storage down'))],
    ['hangs', () => new Promise<boolean>(() => undefined)],
  ])('is not ready (503) when the probe %s, and still alive', async (_name, probe) => {
    const { url } = await start(probe);
    expect(await get(`${url}/readyz`)).toEqual({ status: 503, json: { status: 'not ready' } });
    expect((await get(`${url}/healthz`)).status).toBe(200);
  });

  it('is not ready once shutting down, even if the probe then says yes', async () => {
    let answer: (ready: boolean) => void = () => undefined;
    let probes = 0;
    const { url } = await start(
      () =>
        new Promise<boolean>((resolve) => {
          probes += 1;
          answer = resolve;
        }),
    );
    const readiness = get(`${url}/readyz`);
    await until(() => probes === 1);
    const closing = server!.close();
    answer(true);
    expect(await readiness).toEqual({ status: 503, json: { status: 'not ready' } });
    await closing;
  });
});

describe('close()', () => {
  it('refuses new connections at once, finishes the turn in flight, then resolves', async () => {
    stub = await startStubConnector();
    stub.delayMs = 500; // the connector is slow: the turn is still sending its reply
    const { url, port } = await start();
    const inFlight = post(
      `${url}/api/messages`,
      A.message('hello', { serviceUrl: stub.serviceUrl }),
    );
    await until(() => stub!.received === 1);
    let deliveredWhenClosed = -1;
    const closed = server!.close().then(() => (deliveredWhenClosed = stub!.captured.length));
    expect(server!.close()).toBe(server!.close()); // idempotent
    expect(await tryConnect(port)).toBe('ECONNREFUSED');
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(stub.captured).toHaveLength(1); // the reply was delivered
    await closed;
    expect(deliveredWhenClosed).toBe(1); // close() waited for the turn
  });

  it('resolves at once with nothing in flight, keep-alive connections included', async () => {
    const { url } = await start();
    await fetch(`${url}/healthz`); // leaves a pooled keep-alive connection open
    const started = Date.now();
    await server!.close();
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
