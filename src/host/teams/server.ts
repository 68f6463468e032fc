// The HTTP host: restify with POST /api/messages, GET /healthz (liveness) and GET /readyz
// (readiness). No body parser plugin: the messages endpoint reads JSON itself (no multipart, no
// urlencoded, size-limited).
import restify from 'restify';
import type { Bot, ProactiveSender } from '../../contract/activities.js';
import type { Config } from '../../config/config.js';
import type { Logger } from '../../util/logger.js';
import { sdkAdapterFactory } from '../select.js';
import { capConnectionsPerAddress } from './connection-cap.js';
import { channelMetadataUrl, createChannelKeys } from './channel-keys.js';
import { messagesEndpoint } from './messages-endpoint.js';
import { createProactiveSender } from './proactive.js';
import { RecentKeys } from '../../util/recent-keys.js';
import { TeamsRouter } from './router.js';
import { serveStagePage, serveStageScript } from './stage-page.js';
import { createTokenGuard } from './token-guard.js';
import type { SdkAdapter } from './turn.js';

/** Builds the adapter of the SDK in use (src/host/select.ts). */
export type CreateSdkAdapter = (config: Config, logger: Logger) => SdkAdapter;

export interface StartServerOptions {
  readonly config: Config;
  /** The Bot Framework SDK that authenticates and runs the turns; by default config.botHost's. */
  readonly createAdapter?: CreateSdkAdapter;
  readonly bot: Bot;
  readonly logger: Logger;
  /** Overrides config.port; 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /**
   * Readiness probe for /readyz (e.g. a cheap storage read); true = ready. Without one, the host
   * is ready while it is not shutting down.
   */
  readonly ready?: () => Promise<boolean>;
  /**
   * The bot's public https origin (stage-page.ts publicUrlOf): where Teams loads the meeting-stage
   * page. Without it, quizzes in meetings run in the chat only.
   */
  readonly publicUrl?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:3978 (a wildcard host is reported as loopback). */
  readonly url: string;
  readonly port: number;
  /** Sends messages outside a turn, through the same adapter (the weekly scenario). */
  readonly proactive: ProactiveSender;
  /**
   * Graceful: stops accepting connections, answers 503 to new requests on open ones, waits for the
   * turns in flight (up to DRAIN_TIMEOUT_MS), then closes every connection. Idempotent.
   */
  close(): Promise<void>;
}

/** Teams gives a bot about 15 seconds to answer; a turn still running past that is abandoned. */
const DRAIN_TIMEOUT_MS = 15_000;
/** After the turns are done, how long open connections get before they are cut. */
const CLOSE_GRACE_MS = 5_000;
const PROBE_TIMEOUT_MS = 2_000;
/** A client has this long to send its request line and headers. */
const HEADERS_TIMEOUT_MS = 15_000;

/** The probe's answer; false when it throws, or does not answer within PROBE_TIMEOUT_MS. */
async function probe(ready: (() => Promise<boolean>) | undefined): Promise<boolean> {
  if (!ready) return true;
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), PROBE_TIMEOUT_MS);
  });
  try {
    return (await Promise.race([ready(), timeout])) === true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config, bot, logger } = options;
  const createAdapter = options.createAdapter ?? (await sdkAdapterFactory(config.botHost));
  const adapter = createAdapter(config, logger);
  if (config.localMode)
    logger.warn(
      'authentication is OFF: local mode (no MicrosoftAppId/BOT_ID). Anyone who can reach ' +
        '/api/messages can talk to the bot; never expose this port.',
    );
  const stage = options.publicUrl ? { baseUrl: options.publicUrl, logger } : undefined;
  const router = new TeamsRouter({ bot, logger, welcomed: new RecentKeys(), stage });
  // See token-guard.ts: no token reaches the SDK unless the channel's keys signed it.
  const tokenGuard = config.localMode
    ? undefined
    : createTokenGuard({
        keys: createChannelKeys(channelMetadataUrl(config.botFramework)),
        allowedTenants: config.allowedTenants,
      });
  const endpoint = messagesEndpoint({ adapter, router, logger, config, tokenGuard });
  const server = restify.createServer({
    name: 'social-media-guidance',
    handleUncaughtExceptions: false,
  });
  server.post('/api/messages', endpoint.handle);
  // The meeting-stage page Teams shows in its in-meeting dialog (meeting-stage.ts).
  const stagePage = serveStagePage(bot, config.appId);
  server.get(
    '/stage/submit.js',
    (req: restify.Request, res: restify.Response, next: restify.Next) => {
      serveStageScript(req, res);
      next();
    },
  );
  server.get('/stage/:page', (req: restify.Request, res: restify.Response, next: restify.Next) => {
    stagePage(req, res);
    next();
  });
  // Liveness: the process runs and its event loop answers.
  server.get('/healthz', (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  // Readiness: send traffic here (storage answers, not shutting down).
  server.get('/readyz', async (_req: restify.Request, res: restify.Response) => {
    const ready = !endpoint.closing && (await probe(options.ready)) && !endpoint.closing;
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
  });
  // Whole-request bounds, as a backstop to readBody's own (Node checks them every 30 s).
  server.server.headersTimeout = HEADERS_TIMEOUT_MS;
  server.server.requestTimeout = config.bodyTimeoutMs + HEADERS_TIMEOUT_MS;
  if (config.localMode && config.maxConnectionsPerAddress > 0)
    capConnectionsPerAddress(server.server, config.maxConnectionsPerAddress);
  server.on('restifyError', (_req: unknown, _res: unknown, err: Error, callback: () => void) => {
    logger.debug({ err: { name: err.name } }, 'restify error');
    callback();
  });

  const host = options.host ?? config.host;
  await new Promise<void>((resolve, reject) => {
    // restify re-emits the http server's 'error' on itself: both need a listener, or a port in
    // use becomes an unhandled 'error' event (a stack trace) instead of a rejected start.
    server.server.once('error', reject);
    server.once('error', reject);
    server.listen(options.port ?? config.port, host, () => {
      server.server.off('error', reject);
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address();
  const shown =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  logger.info({ port, host }, 'listening');
  if (config.localMode)
    logger.warn(
      { host },
      host === '127.0.0.1' || host === '::1' || host === 'localhost'
        ? 'local mode: authentication is off, so the bot listens on this machine only (HOST to change it)'
        : 'local mode: authentication is off and HOST exposes the bot beyond this machine: never do this on a shared network',
    );

  async function shutdown(): Promise<void> {
    // Stop listening first: from here new connections are refused by the OS.
    const closed = new Promise<void>((resolve) => {
      server.close(() => resolve());
    });
    const draining = endpoint.drain(DRAIN_TIMEOUT_MS);
    server.server.closeIdleConnections();
    if (!(await draining))
      logger.warn({ inFlight: endpoint.inFlight }, 'shutdown: turns still running, closing anyway');
    // Connections still busy (a /readyz, a slow client) are closed as soon as they go idle.
    server.server.closeIdleConnections();
    const sweep = setInterval(() => server.server.closeIdleConnections(), 100).unref();
    const cut = setTimeout(() => server.server.closeAllConnections(), CLOSE_GRACE_MS).unref();
    await closed;
    clearInterval(sweep);
    clearTimeout(cut);
  }
  let closing: Promise<void> | undefined;

  return {
    url: `http://${shown}:${port}`,
    port,
    proactive: createProactiveSender(adapter, config.appId, {
      logger,
      serviceUrls: { localMode: config.localMode, extraHosts: config.extraServiceUrlHosts },
    }),
    close: () => (closing ??= shutdown()),
  };
}
