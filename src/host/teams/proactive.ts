// Messages sent outside a turn (the weekly scenario), through the stored conversation reference.
// Every send is paced under Teams' rate limits (send-pacing.ts), retried only when Teams did not
// take it (send-retry.ts), and posted by a connector client without the SDK's own retries
// (send-connector.ts). docs/sending.md has the whole policy.
import { isAllowedServiceUrl, type ServiceUrlPolicy } from './service-url.js';
import type { Activity } from 'botbuilder';
import type { ProactiveSender, Reply } from '../../contract/activities.js';
import type { Logger } from '../../util/logger.js';
import { replyActivities } from './activities.js';
import type { SdkAdapter } from './turn.js';
import {
  createPacer,
  paceKeyOf,
  type PaceKey,
  type Pacer,
  type PacingOptions,
} from './send-pacing.js';
import {
  DEFAULT_RETRY,
  SendError,
  withRetry,
  type RetryDeps,
  type RetryOptions,
} from './send-retry.js';

export { SendError } from './send-retry.js';

/** What the sender needs of the SDK's adapter (turn.ts). */
export type ProactiveAdapter = Pick<SdkAdapter, 'continueWith'>;

export interface ProactiveSenderOptions {
  readonly retry?: Partial<RetryOptions>;
  /** Limits for a pacer of this sender's own; ignored when `pacer` is given. */
  readonly pacing?: Partial<PacingOptions>;
  readonly pacer?: Pacer;
  /** Clock, sleep and random of the retry loop (tests). */
  readonly retryDeps?: Partial<RetryDeps>;
  /**
   * One attempt still unanswered after this long fails (as "failed", never retried: Teams may
   * have stored it). Keeps a hung connection from holding a scheduler slot forever.
   */
  readonly attemptTimeoutMs?: number;
  readonly logger?: Pick<Logger, 'debug' | 'warn'>;
  /** Where a stored reference may send: a reference pointing elsewhere is never sent to. */
  readonly serviceUrls?: ServiceUrlPolicy;
}

export const DEFAULT_ATTEMPT_TIMEOUT_MS = 60_000;

class AttemptTimeoutError extends Error {
  override readonly name = 'AttemptTimeoutError';
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new AttemptTimeoutError(`no answer after ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createProactiveSender(
  adapter: ProactiveAdapter,
  appId: string | undefined,
  options: ProactiveSenderOptions = {},
): ProactiveSender {
  const pacer = options.pacer ?? createPacer(options.pacing);
  const retry: RetryOptions = { ...DEFAULT_RETRY, ...options.retry };
  const timeoutMs = options.attemptTimeoutMs ?? DEFAULT_ATTEMPT_TIMEOUT_MS;
  const logger = options.logger;

  /**
   * One POST of the activity, and nothing else: no SDK retry, no apology from onTurnError. The
   * pacing gate is passed inside the turn, right before the POST, so the time botbuilder spends
   * building the connector client does not sit between the gate and the wire.
   */
  async function attempt(
    reference: Readonly<Record<string, unknown>>,
    activity: Partial<Activity>,
    key: PaceKey,
  ): Promise<{ id: string }> {
    let outcome: { ok: true; id: string } | { ok: false; error: unknown } | undefined;
    await adapter.continueWith(appId ?? '', reference, async (post) => {
      try {
        const sent = await pacer.run(key, () =>
          // A fresh copy per attempt: nothing of a failed attempt leaks into the next one.
          withTimeout(post({ ...activity }), timeoutMs),
        );
        outcome = { ok: true, id: sent?.id ?? '' };
      } catch (error) {
        // Caught here rather than left to the adapter: its onTurnError would log a failed turn and
        // post an apology into the channel — a second message, after a send that may have failed
        // only because the channel is blocked or throttled.
        outcome = { ok: false, error };
      }
    });
    if (!outcome) throw new Error('proactive turn ended without sending');
    if (!outcome.ok) throw outcome.error;
    return { id: outcome.id };
  }

  return {
    async send(reference, reply: Reply) {
      const [activity] = replyActivities([reply]);
      if (!activity) throw new SendError('failed', undefined, 'empty reply');
      if (options.serviceUrls && !isAllowedServiceUrl(reference.serviceUrl, options.serviceUrls)) {
        logger?.warn(
          'proactive send refused: the stored serviceUrl is not an allowed Bot Connector host',
        );
        throw new SendError('failed', undefined, 'serviceUrl not allowed');
      }
      const key = paceKeyOf(reference);
      return withRetry(() => attempt(reference, activity, key), retry, {
        ...options.retryDeps,
        onRetry: (info) => {
          logger?.debug(
            { attempt: info.attempt, delayMs: info.delayMs, reason: info.decision.reason },
            'proactive send retried',
          );
          options.retryDeps?.onRetry?.(info);
        },
      }).catch((error: unknown) => {
        if (error instanceof SendError)
          logger?.warn(
            { code: error.code, status: error.status, reason: error.reason },
            'proactive send failed',
          );
        throw error;
      });
    },
  };
}
