// The HTTP host: restify with POST /api/messages and GET /healthz. No body parser plugin: the
// messages endpoint reads JSON itself (no multipart, no urlencoded, size-limited).
import restify from 'restify';
import type { GuidanceBot, ProactiveSender } from '../app/contract.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createAdapter } from './adapter.js';
import { messagesEndpoint } from './messages-endpoint.js';
import { createProactiveSender } from './proactive.js';
import { RecentKeys } from '../util/recent-keys.js';
import { TeamsRouter } from './router.js';

export interface StartServerOptions {
  readonly config: Config;
  readonly bot: GuidanceBot;
  readonly logger: Logger;
  /** Overrides config.port; 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
}

export interface RunningServer {
  /** e.g. http://127.0.0.1:3978 (a wildcard host is reported as loopback). */
  readonly url: string;
  readonly port: number;
  /** Sends messages outside a turn, through the same adapter (the weekly scenario). */
  readonly proactive: ProactiveSender;
  close(): Promise<void>;
}

const CLOSE_GRACE_MS = 5_000;

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config, bot, logger } = options;
  const adapter = createAdapter(config, logger);
  const router = new TeamsRouter({ bot, logger, welcomed: new RecentKeys() });
  const server = restify.createServer({
    name: 'social-media-guidance',
    handleUncaughtExceptions: false,
  });
  server.post('/api/messages', messagesEndpoint(adapter, router, logger));
  server.get('/healthz', (_req: restify.Request, res: restify.Response, next: restify.Next) => {
    res.send(200, { status: 'ok' });
    next();
  });
  server.on('restifyError', (_req: unknown, _res: unknown, err: Error, callback: () => void) => {
    logger.debug({ err: { name: err.name } }, 'restify error');
    callback();
  });

  const host = options.host ?? config.host;
  await new Promise<void>((resolve, reject) => {
    server.server.once('error', reject);
    server.listen(options.port ?? config.port, host, () => {
      server.server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address();
  const shown =
    host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host.includes(':') ? `[${host}]` : host;
  logger.info({ port, host }, 'listening');
  return {
    url: `http://${shown}:${port}`,
    port,
    proactive: createProactiveSender(adapter, config.appId),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.server.closeIdleConnections();
        setTimeout(() => server.server.closeAllConnections(), CLOSE_GRACE_MS).unref();
      }),
  };
}
