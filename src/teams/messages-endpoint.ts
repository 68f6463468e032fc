// POST /api/messages: read and check the activity, authenticate it, run the turn, answer.
import type { Request, Response } from 'restify';
import type { Logger } from '../logger.js';
import type { HostAdapter } from './adapter.js';
import { authFailureFields, authFailureStatus } from './auth-failure.js';
import { HttpError, parseActivity, readBody } from './http-body.js';
import type { TeamsRouter } from './router.js';

const send = (res: Response, status: number, body?: unknown) => {
  if (res.headersSent) return;
  if (body === undefined) res.send(status);
  else res.send(status, body);
};

export function messagesEndpoint(adapter: HostAdapter, router: TeamsRouter, logger: Logger) {
  return async (req: Request, res: Response): Promise<void> => {
    try {
      const activity = parseActivity(await readBody(req));
      const header = req.headers.authorization ?? '';
      let auth;
      try {
        auth = await adapter.authenticate(activity, header);
      } catch (error) {
        const status = authFailureStatus(error);
        logger.warn(
          {
            err: authFailureFields(error),
            status,
            activity: { type: activity.type, id: activity.id },
          },
          'request not authenticated',
        );
        return send(res, status);
      }
      const invokeResponse = await adapter.run(auth, activity, (context) => router.run(context));
      send(res, invokeResponse?.status ?? 200, invokeResponse?.body);
    } catch (error) {
      if (error instanceof HttpError) {
        if (error.closeConnection) res.setHeader('connection', 'close');
        return send(res, error.status, { error: error.publicMessage });
      }
      const err = error instanceof Error ? { name: error.name, message: error.message } : {};
      logger.error({ err }, 'unexpected error on /api/messages');
      send(res, 500, { error: 'internal error' });
    }
  };
}
