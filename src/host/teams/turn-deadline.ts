// How long a request may wait for its turn. A turn's reply sends go to the Bot Connector; a slow or
// dead one (in local mode, any loopback port) would otherwise hold the request, and its connection,
// for as long as the SDK keeps retrying. Past the deadline the request is answered (202) and the turn
// finishes, or fails, on its own: logged without content, and still counted as in flight so a
// graceful shutdown waits for it.
import type { Logger } from '../../util/logger.js';
import { errorFields } from './turn-error.js';

export const TIMED_OUT = Symbol('timed out');

export interface TurnDeadline {
  /** The turn's result, or TIMED_OUT when it takes longer than the deadline. */
  within<T>(turn: Promise<T>, about: object): Promise<T | typeof TIMED_OUT>;
}

export function createTurnDeadline(options: {
  readonly timeoutMs: number;
  readonly logger: Logger;
  /** Called when a late turn starts and ends being tracked on its own. */
  readonly track: (change: 1 | -1) => void;
}): TurnDeadline {
  const { timeoutMs, logger, track } = options;
  return {
    async within(turn, about) {
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<typeof TIMED_OUT>((resolve) => {
        timer = setTimeout(() => resolve(TIMED_OUT), timeoutMs);
      });
      const result = await Promise.race([turn, late]).finally(() => clearTimeout(timer));
      if (result !== TIMED_OUT) return result;
      logger.warn(
        { activity: about, turnTimeoutMs: timeoutMs },
        'turn not finished in time: its replies may not be delivered',
      );
      track(1);
      turn
        .catch((error: unknown) =>
          logger.warn(
            { activity: about, err: errorFields(error) },
            'late turn failed: replies not delivered',
          ),
        )
        .finally(() => track(-1));
      return TIMED_OUT;
    },
  };
}
