// The one place a failed turn ends: log what is safe to log, tell the user, never hang the turn.
import type { HostTurn } from './turn.js';
import type { Logger } from '../../util/logger.js';
import { hostStrings } from '../../i18n/host.js';

export const ERROR_TYPE = 'application/vnd.microsoft.error';

/**
 * What is safe to log of a failed turn: the error's name, its code and the HTTP status it carried.
 * Never its message: the connector's errors carry the response body there, which can echo content.
 */
export function errorFields(error: unknown): Record<string, unknown> {
  if (!(error instanceof Error)) return { name: typeof error };
  // statusCode: the SDKs' RestError; status: SendError, after the retry policy gave up.
  const { code, statusCode, status } = error as {
    code?: unknown;
    statusCode?: unknown;
    status?: unknown;
  };
  const httpStatus = typeof statusCode === 'number' ? statusCode : status;
  return {
    name: error.name,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(typeof httpStatus === 'number' ? { status: httpStatus } : {}),
  };
}

export function createTurnErrorHandler(logger: Logger) {
  return async (
    context: Pick<HostTurn, 'activity' | 'sendActivity'>,
    error: unknown,
  ): Promise<void> => {
    const { type, id, name, conversation, locale } = context.activity;
    // Privacy: activity type/id only, never text, card content or user names.
    logger.error(
      {
        err: errorFields(error),
        activity: { type, id, name, conversationType: conversation?.conversationType },
      },
      'turn failed',
    );
    const { apology } = hostStrings(locale);
    try {
      if (type === 'invoke') {
        const body = {
          statusCode: 500,
          type: ERROR_TYPE,
          value: { code: 'InternalError', message: apology },
        };
        await context.sendActivity({ type: 'invokeResponse', value: { status: 200, body } });
      } else {
        await context.sendActivity({ type: 'message', text: apology });
      }
    } catch (sendError) {
      logger.error({ err: errorFields(sendError) }, 'could not tell the user that the turn failed');
    }
  };
}
