// Wiring only: config → services → Teams host (→ weekly scheduler). Every failure to start is
// reported plainly; SIGTERM/SIGINT shut down gracefully, a second signal exits at once; SIGHUP
// reads the organization profile a content owner stored again, at once (see below).
import { readConfig, summarizeConfig } from './config/config.js';
import { createLogger, type Logger } from './util/logger.js';
import { startRetentionJob } from './features/retention/retention-job.js';
import { createServices } from './services.js';
import { createStorage } from './storage/create.js';
import type { Storage } from './storage/storage.js';
import { publicUrlOf, startServer } from './host/teams/index.js';

/** Past this, a graceful shutdown gives up (orchestrators usually kill at 30 s). */
const SHUTDOWN_DEADLINE_MS = 25_000;

/** Readiness: the store answers a cheap read (a missing key is an answer). */
const storageAnswers = (storage: Storage) => () =>
  storage.read('health/probe').then(
    () => true,
    () => false,
  );

const errorFields = (error: unknown) =>
  error instanceof Error ? { name: error.name, message: error.message } : { name: typeof error };

async function main() {
  const config = readConfig(process.env);
  const logger: Logger = createLogger(config.logLevel);
  logger.info({ config: summarizeConfig(config) }, 'starting');
  const services = createServices(config, await createStorage(config), { logger });
  // A profile a content owner stored applies from the first turn, then within the reload interval.
  await services.profile.reload();
  services.profile.start(config.profileReloadMinutes * 60_000);
  const { catalogue, storage } = services;
  logger.info(
    { entries: catalogue.entries.length, version: catalogue.version },
    'catalogue loaded',
  );
  const publicUrl = publicUrlOf(process.env, config.localMode);
  const server = await startServer({
    config,
    bot: services.bot,
    logger,
    ready: storageAnswers(storage),
    ...(publicUrl && { publicUrl }),
  });
  const scheduler = config.scheduler ? services.scheduler(server.proactive, { logger }) : undefined;
  scheduler?.start();
  // Timed quiz questions close on time, also those that ran out while the bot was down.
  const quizTimer = services.quizTimer(server.proactive, { logger });
  quizTimer.start();
  // Privacy: quiz data past RETENTION_DAYS is purged hourly; usage counts are flushed every minute.
  const retention = startRetentionJob({ storage, retentionDays: config.retentionDays, logger });
  services.usage.start({ logger });
  logger.info(
    { url: `${server.url}/api/messages`, scheduler: Boolean(scheduler), meetingStage: !!publicUrl },
    'ready',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting now');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'stopping: finishing the turns in flight');
    setTimeout(() => {
      logger.error('shutdown took too long: exiting');
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    scheduler?.stop();
    quizTimer.stop();
    services.profile.stop();
    retention.stop();
    server
      .close()
      .then(() => services.usage.stop())
      .then(() => storage.close())
      .then(
        () => {
          logger.info('stopped');
          process.exit(0);
        },
        (error: unknown) => {
          logger.error({ err: errorFields(error) }, 'shutdown failed');
          process.exit(1);
        },
      );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  // SIGHUP: a service (no terminal) reads the organization profile again, as daemons reload; in a
  // terminal it keeps its meaning, the terminal was closed, and the bot stops.
  process.on('SIGHUP', () => {
    if (process.stdout.isTTY) return stop('SIGHUP');
    logger.info({ signal: 'SIGHUP' }, 'reading the organization profile again');
    void services.profile.reload();
  });
}

/** One plain line for whoever started the bot: what went wrong and what to do, no stack. */
function startFailure(error: unknown): string {
  const { problems, code, port, message } = error as {
    problems?: readonly string[];
    code?: unknown;
    port?: unknown;
    message?: unknown;
  };
  if (problems) return String(message);
  const shown = typeof port === 'number' ? String(port) : (process.env.PORT ?? '3978');
  if (code === 'EADDRINUSE')
    return `Port ${shown} is already in use: stop the other process, or set PORT to a free port.`;
  if (code === 'EACCES')
    return `Not allowed to listen on port ${shown}: choose a port above 1024 with PORT.`;
  return `The bot could not start: ${error instanceof Error ? error.message : String(error)}`;
}

main().catch((error: unknown) => {
  console.error(startFailure(error));
  process.exit(1);
});
