// POST /api/messages: read and check the activity, authenticate it, run the turn, answer. Checks
// run cheapest first, and everything that can be refused is refused before botbuilder's auth and
// before any bot logic: body (413/400), tenant (403), serviceUrl (400), token guard (401/503),
// botbuilder's authentication (401/503). In-flight requests are counted so shutdown can wait for
// their turns.
import type { Activity } from 'botbuilder';
import type { Request, Response } from 'restify';
import type { Config } from '../../config/config.js';
import type { Logger } from '../../util/logger.js';
import { authFailureFields, authFailureStatus } from './auth-failure.js';
import { HttpError, MAX_BODY_BYTES, parseActivity, readBody } from './http-body.js';
import { createRefusalLog } from './refusal-log.js';
import { TIMED_OUT, createTurnDeadline } from './turn-deadline.js';
import { errorFields } from './turn-error.js';
import type { TeamsRouter } from './router.js';
import type { SdkAdapter } from './turn.js';
import { isAllowedServiceUrl } from './service-url.js';
import { activityTenant, isTenantAllowed, tenantsAgree, tenantTag } from './tenants.js';
import type { TokenGuard } from './token-guard.js';

export type EndpointConfig = Pick<
  Config,
  | 'allowedTenants'
  | 'allowedChannels'
  | 'extraServiceUrlHosts'
  | 'localMode'
  | 'bodyTimeoutMs'
  | 'turnTimeoutMs'
>;

export interface MessagesEndpointOptions {
  readonly adapter: SdkAdapter;
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

/** application/json, with or without parameters (charset). */
const isJson = (contentType: string | undefined) =>
  /^application\/json\s*(;|$)/i.test(contentType?.trim() ?? '');

/** Errors Node raises when the client closed the connection before the request was read. */
const isAbort = (error: unknown) => {
  const { code, message } = error as { code?: unknown; message?: unknown };
  return code === 'ECONNRESET' || code === 'ECONNABORTED' || message === 'aborted';
};

/** Activity type and id for the logs (never text), clipped: they come from the request. */
const clip = (value: unknown) => (typeof value === 'string' ? value.slice(0, 100) : undefined);

export function messagesEndpoint(options: MessagesEndpointOptions): MessagesEndpoint {
  const { adapter, router, logger, config, tokenGuard } = options;
  const refused = createRefusalLog(logger);
  const serviceUrlPolicy = { localMode: config.localMode, extraHosts: config.extraServiceUrlHosts };
  let inFlight = 0;
  let closing = false;
  const idle = new Set<() => void>();
  const settle = (change: number) => {
    inFlight += change;
    if (inFlight === 0) for (const resolve of idle) resolve();
  };
  const deadline = createTurnDeadline({ timeoutMs: config.turnTimeoutMs, logger, track: settle });

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

  /**
   * What an authenticated activity may still be refused for: a channel other than those served
   * (authenticated mode: Teams only by default), tenant fields that disagree with each other or
   * with the token, or a tenant not on the allow-list.
   */
  function refusalOf(
    activity: Partial<Activity>,
    tokenTid: string | undefined,
  ): string | undefined {
    const channel = typeof activity.channelId === 'string' ? activity.channelId.toLowerCase() : '';
    if (!config.localMode && !config.allowedChannels.includes(channel))
      return 'channel not allowed';
    if (!tenantsAgree(activity, tokenTid)) return 'tenant fields disagree';
    if (!isTenantAllowed(activityTenant(activity), config.allowedTenants))
      return 'tenant not allowed';
    return undefined;
  }

  async function answer(req: Request, res: Response): Promise<void> {
    // JSON only: a form or text/plain POST (which a web page can send without a CORS preflight)
    // is refused before its body is read.
    if (!isJson(req.headers['content-type']))
      throw new HttpError(415, 'content type must be application/json', true);
    const activity = parseActivity(await readBody(req, MAX_BODY_BYTES, config.bodyTimeoutMs));
    const about = { type: clip(activity.type), id: clip(activity.id) };
    if (!isAllowedServiceUrl(activity.serviceUrl, serviceUrlPolicy)) {
      refused('request refused', 'serviceUrl not allowed', { activity: about });
      return send(res, 400, { error: 'serviceUrl not allowed' });
    }
    // The token's signature first: a caller without a valid token learns nothing about which
    // tenants or channels are served (every such request gets the same 401). botbuilder's own
    // checks (audience, issuer, the serviceUrl the token is bound to) come after ours.
    const header = req.headers.authorization ?? '';
    let tokenTid: string | undefined;
    if (tokenGuard) {
      const check = await tokenGuard.check(header);
      if (!check.ok) {
        refused('request not authenticated', check.reason, {
          status: check.status,
          activity: about,
        });
        return send(res, check.status);
      }
      tokenTid = check.tid;
    }
    const refusal = refusalOf(activity, tokenTid);
    if (refusal) {
      refused('request refused', refusal, {
        tenant: tenantTag(activityTenant(activity)),
        activity: about,
      });
      return send(res, 403, { error: refusal });
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
    const turn = adapter.run(auth, activity, (context) => router.run(context));
    const invokeResponse = await deadline.within(turn, about);
    if (invokeResponse === TIMED_OUT) return send(res, 202);
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
      // A client that went away mid-request (closed the connection, aborted the upload) is not
      // the server's error: noted at info, nothing to answer.
      if (req.destroyed || isAbort(error)) {
        logger.info({ err: errorFields(error) }, 'request aborted by the client');
        return;
      }
      logger.error({ err: errorFields(error) }, 'unexpected error on /api/messages');
      send(res, 500, { error: 'internal error' });
    } finally {
      settle(-1);
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
