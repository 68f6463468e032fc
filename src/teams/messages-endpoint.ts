// POST /api/messages: read and check the activity, authenticate it, run the turn, answer. Checks
// run cheapest first, and everything that can be refused is refused before botbuilder's auth and
// before any bot logic: body (413/400), tenant (403), serviceUrl (400), token guard (401/503),
// botbuilder's authentication (401/503). In-flight requests are counted so shutdown can wait for
// their turns.
import type { Request, Response } from 'restify';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { HostAdapter } from './adapter.js';
import { authFailureFields, authFailureStatus } from './auth-failure.js';
import { HttpError, parseActivity, readBody } from './http-body.js';
import { createRefusalLog } from './refusal-log.js';
import type { TeamsRouter } from './router.js';
import { isAllowedServiceUrl } from './service-url.js';
import { activityTenant, isTenantAllowed, tenantTag } from './tenants.js';
import type { TokenGuard } from './token-guard.js';

export type EndpointConfig = Pick<Config, 'allowedTenants' | 'extraServiceUrlHosts' | 'localMode'>;

export interface MessagesEndpointOptions {
  readonly adapter: HostAdapter;
  readonly router: TeamsRouter;
  readonly logger: Logger;
  readonly config: EndpointConfig;
  /** Authenticated mode only: botbuilder ignores the header in local mode. */
  readonly tokenGuard?: TokenGuard;
}

export interface MessagesEndpoint {
  readonly handle: (req: Request, res: Response) => Promise<void>;
  /** Requests being handled now (each one is at most one turn). */
  readonly inFlight: number;
  readonly closing: boolean;
  /**
   * From now on, new requests get 503 and their connection is closed; resolves true once the
   * requests in flight are done, or false after `timeoutMs`.
   */
  drain(timeoutMs: number): Promise<boolean>;
}

/** Activity type and id for the logs (never text), clipped: they come from the request. */
const clip = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : undefined);

export function messagesEndpoint(options: MessagesEndpointOptions): MessagesEndpoint {
  const { adapter, router, logger, config, tokenGuard } = options;
  const refused = createRefusalLog(logger);
  const serviceUrlPolicy = { localMode: config.localMode, extraHosts: config.extraServiceUrlHosts };
  let inFlight = 0;
  let closing = false;
  const idle = new Set<() => void>();

  const send = (res: Response, status: number, body?: unknown) => {
    if (res.headersSent) return;
    if (closing) res.setHeader('connection', 'close');
    // Without a body (most turns), end the response directly as botbuilder's own process() does:
    // restify's send() runs its content negotiation and formatters for nothing.
    if (body === undefined) {
      res.statusCode = status;
      res.end();
    } else res.send(status, body);
  };

  async function answer(req: Request, res: Response): Promise<void> {
    const activity = parseActivity(await readBody(req));
    const about = { type: clip(activity.type), id: clip(activity.id) };
    const tenant = activityTenant(activity);
    if (!isTenantAllowed(tenant, config.allowedTenants)) {
      refused('request refused', 'tenant not allowed', {
        tenant: tenantTag(tenant),
        activity: about,
      });
      return send(res, 403, { error: 'tenant not allowed' });
    }
    if (!isAllowedServiceUrl(activity.serviceUrl, serviceUrlPolicy)) {
      refused('request refused', 'serviceUrl not allowed', { activity: about });
      return send(res, 400, { error: 'serviceUrl not allowed' });
    }
    const header = req.headers.authorization ?? '';
    if (tokenGuard) {
      const check = await tokenGuard.check(header);
      if (!check.ok) {
        refused('request not authenticated', check.reason, {
          status: check.status,
          activity: about,
        });
        return send(res, check.status);
      }
    }
    let auth;
    try {
      auth = await adapter.authenticate(activity, header);
    } catch (error) {
      const status = authFailureStatus(error);
      logger.warn(
        { err: authFailureFields(error), status, activity: about },
        'request not authenticated',
      );
      return send(res, status);
    }
    const invokeResponse = await adapter.run(auth, activity, (context) => router.run(context));
    send(res, invokeResponse?.status ?? 200, invokeResponse?.body);
  }

  async function handle(req: Request, res: Response): Promise<void> {
    if (closing) {
      res.setHeader('retry-after', '5');
      return send(res, 503, { error: 'shutting down' });
    }
    inFlight += 1;
    try {
      await answer(req, res);
    } catch (error) {
      if (error instanceof HttpError) {
        if (error.closeConnection) res.setHeader('connection', 'close');
        return send(res, error.status, { error: error.publicMessage });
      }
      const err = error instanceof Error ? { name: error.name, message: error.message } : {};
      logger.error({ err }, 'unexpected error on /api/messages');
      send(res, 500, { error: 'internal error' });
    } finally {
      inFlight -= 1;
      if (inFlight === 0) for (const resolve of idle) resolve();
    }
  }

  return {
    handle,
    get inFlight() {
      return inFlight;
    },
    get closing() {
      return closing;
    },
    drain(timeoutMs) {
      closing = true;
      if (inFlight === 0) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        const done = (drained: boolean) => {
          clearTimeout(timer);
          idle.delete(onIdle);
          resolve(drained);
        };
        const onIdle = () => done(true);
        const timer = setTimeout(() => done(false), timeoutMs);
        idle.add(onIdle);
      });
    },
  };
}
