// Graceful shutdown of the real bot process: SIGTERM lets the turn in flight finish (its reply
// reaches the connector), stops accepting connections at once, and exits 0; a second signal exits
// immediately.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import * as A from '../helpers/activities.js';
import { botProcessesWithStub, startBotProcess } from '../helpers/as-process.js';
import { post } from '../helpers/http.js';

const world = botProcessesWithStub();

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

/** stderr lines other than Node's deprecation notices (restify 11 reads process.binding). */
const problems = (stderr: string) =>
  stderr.split('\n').filter((l) => l.trim() && !/DeprecationWarning|--trace-deprecation/.test(l));

const until = async (condition: () => boolean, timeoutMs = 10_000) => {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
};

describe('the bot process', () => {
  it(
    'finishes the turn in flight on SIGTERM, refuses new connections, exits 0',
    { timeout: 90_000 },
    async () => {
      const bot = (world.bot = await startBotProcess());
      const ready = await fetch(`${bot.url}/readyz`);
      expect([ready.status, await ready.json()]).toEqual([200, { status: 'ready' }]);
      expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);

      world.stub.delayMs = 500; // the reply is still being delivered when SIGTERM arrives
      const question = A.message('can I share this petition?', {
        serviceUrl: world.stub.serviceUrl,
      });
      const received = world.stub.received;
      const inFlight = post(`${bot.url}/api/messages`, question);
      await until(() => world.stub.received > received);
      bot.child.kill('SIGTERM');
      await until(() => bot.lines.some((l) => l.includes('"msg":"stopping')));
      expect(await tryConnect(bot.port)).toBe('ECONNREFUSED'); // while the turn still runs

      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(world.stub.captured).toHaveLength(1);
      expect(world.stub.captured[0]!.replyToId).toBe(question.id);
      expect(world.stub.captured[0]!.activity).toMatchObject({
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive' }],
      });

      expect(await bot.exited).toEqual({ code: 0, signal: null });
      expect(bot.lines.some((l) => l.includes('"msg":"stopped"'))).toBe(true);
      expect(await tryConnect(bot.port)).toBe('ECONNREFUSED');
      expect(problems(bot.stderr())).toEqual([]);
    },
  );

  it('exits at once on a second signal', { timeout: 90_000 }, async () => {
    const bot = (world.bot = await startBotProcess());
    world.stub.delayMs = 5_000; // a turn that would hold the graceful shutdown for 5 s
    const received = world.stub.received;
    const inFlight = post(
      `${bot.url}/api/messages`,
      A.message('hello', { serviceUrl: world.stub.serviceUrl }),
    ).catch(() => 'connection lost');
    await until(() => world.stub.received > received);
    bot.child.kill('SIGINT');
    await until(() => bot.lines.some((l) => l.includes('"msg":"stopping')));
    const started = Date.now();
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toEqual({ code: 1, signal: null });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(bot.lines.some((l) => l.includes('second signal'))).toBe(true);
    await inFlight;
  });
});
