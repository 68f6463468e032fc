// One bot instance in its own Node process, for tests with several instances on one store:
//   node --import tsx tests/helpers/bot-process-child.ts      (configuration from the environment)
// It builds the real services (createServices) and the real Teams host (startServer, port 0,
// 127.0.0.1), prints {"event":"ready","url":…,"pid":…} as one JSON line on stdout, then takes
// commands as JSON lines on stdin and answers each with one JSON line carrying the same "id":
//   {"id":1,"cmd":"tick","now":"2026-11-30T14:00:00.000Z"} → {"id":1,"ok":true,"result":TickResult}
//   {"id":2,"cmd":"close"}                                  → {"id":2,"ok":true}, then exits 0
// With SMG_STOP_AT=<slot checkpoint>, a weekly post stops at that step and prints
// {"event":"stopped","at":…}: crash tests kill the process there.
// Commands run concurrently, as they arrive. stdin closing also closes the bot. Logs (warn and
// above) go to stderr, never stdout. The parent side is as-process.ts (startBotInstance).
import { createInterface } from 'node:readline';
import { pino } from 'pino';
import { readConfig } from '../../src/config/config.js';
import { createServices } from '../../src/services.js';
import { createStorage } from '../../src/storage/create.js';
import { startServer } from '../../src/host/teams/server.js';

interface Command {
  readonly id?: unknown;
  readonly cmd?: unknown;
  readonly now?: unknown;
}

const print = (message: Record<string, unknown>) =>
  process.stdout.write(`${JSON.stringify(message)}\n`);

/**
 * Crash tests: with SMG_STOP_AT=<step> (a SlotCheckpoint), a post stops there for good, after saying
 * so on stdout ({"event":"stopped","at":step}), for the test to kill the process at that point.
 */
const stopAt = (step: string): Promise<void> => {
  if (step !== process.env.SMG_STOP_AT) return Promise.resolve();
  print({ event: 'stopped', at: step });
  return new Promise(() => undefined);
};

const logger = pino({ level: process.env.LOG_LEVEL ?? 'warn' }, pino.destination(2));
const config = readConfig(process.env);
const services = createServices(config, await createStorage(config));
const server = await startServer({
  config,
  bot: services.bot,
  logger,
  port: 0,
  host: '127.0.0.1',
});

let closing: Promise<void> | undefined;
const close = () =>
  (closing ??= (async () => {
    await server.close();
    await services.storage.close();
  })());

async function run(command: Command): Promise<Record<string, unknown>> {
  switch (command.cmd) {
    case 'tick': {
      if (typeof command.now !== 'string' || Number.isNaN(Date.parse(command.now)))
        throw new Error('tick needs "now", an ISO instant');
      const now = new Date(command.now);
      const scheduler = services.scheduler(server.proactive, {
        now: () => now,
        logger,
        checkpoint: stopAt,
      });
      return { result: await scheduler.tick() };
    }
    case 'close':
      await close();
      return {};
    default:
      throw new Error(`unknown command ${JSON.stringify(command.cmd)}`);
  }
}

async function handle(line: string): Promise<void> {
  let command: Command = {};
  try {
    command = JSON.parse(line) as Command;
    print({ id: command.id, ok: true, ...(await run(command)) });
  } catch (error) {
    const { name, message } = error instanceof Error ? error : new Error(String(error));
    print({ id: command.id, ok: false, error: { name, message } });
  }
  if (command.cmd === 'close') process.exit(0);
}

createInterface({ input: process.stdin })
  .on('line', (line) => {
    if (line.trim() !== '') void handle(line);
  })
  .on('close', () => {
    void close().then(() => process.exit(0));
  });

print({ event: 'ready', url: `${server.url}/api/messages`, pid: process.pid });
