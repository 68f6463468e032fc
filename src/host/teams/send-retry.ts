// The retry policy of proactive sends (the weekly scenario) and, with a shorter budget, of a turn's
// replies (activities.ts): which failures are worth another attempt, how long to wait, and how a
// failure is reported to the scheduler. No botbuilder here.
//
// The one rule above all others: a duplicate post is worse than a missed one. A channel that misses
// one week's scenario gets the next one; a channel that gets the same card twice (or ten times, from
// ten instances retrying at once) sees a broken bot. So a send is retried only when the answer says
// Teams did not take it (429, 412, 502, 503, 504 — Teams' documented transient statuses, see
// docs/sending.md) or when the request provably never left this machine (connection refused, name
// not resolved). A timeout, a reset connection or a 500 may come after Teams stored the message:
// those fail without a retry.

/** Why a send failed, as the scheduler needs it: blocked (403) stops the schedule. */
export class SendError extends Error {
  override readonly name = 'SendError';
  constructor(
    readonly code: 'blocked' | 'throttled' | 'failed',
    readonly status: number | undefined,
    /** What the last attempt ended with (a status, a network error code), for logs. */
    readonly reason?: string,
  ) {
    super(`Send failed: ${code}${status ? ` (HTTP ${status})` : ''}`);
  }
}

export interface RetryOptions {
  /** Attempts in all, the first included. */
  readonly maxAttempts: number;
  /** Backoff before retry n (1-based) is drawn from [0, min(maxDelayMs, baseDelayMs·factorⁿ⁻¹)). */
  readonly baseDelayMs: number;
  readonly factor: number;
  /** Cap of one wait, backoff or Retry-After: a longer Retry-After ends the send as throttled. */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = Object.freeze({
  maxAttempts: 5,
  baseDelayMs: 500,
  factor: 2,
  maxDelayMs: 30_000,
});

/**
 * Statuses Teams documents as transient for bot APIs ("In addition to error code 429, retry error
 * codes 412, 502, 503, and 504" — learn.microsoft.com/microsoftteams/platform/bots/how-to/rate-limit).
 * 500 is deliberately absent: the message may have been stored before the error.
 */
export const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([412, 429, 502, 503, 504]);

/**
 * Network errors raised before a single byte of the request reached the server: the connection was
 * refused, or the host name did not resolve. Anything else (ECONNRESET, ETIMEDOUT, "socket hang
 * up", an abort) may come after Teams received and stored the activity, so it is not retried.
 */
export const NOT_SENT_ERROR_CODES: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * Retry-After as milliseconds from `nowMs`: delta-seconds ("120") or an HTTP date
 * ("Wed, 21 Oct 2026 07:28:00 GMT"); a date in the past is 0. Anything else is undefined.
 */
export function parseRetryAfter(
  value: string | null | undefined,
  nowMs: number,
): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+(?:\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  // Only something that looks like a date: Date.parse accepts odd strings ("1 2") as dates too.
  if (!/[a-z]{3}/i.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isFinite(at) ? Math.max(0, at - nowMs) : undefined;
}

/** Full-jitter exponential backoff before retry `retry` (1 = the first retry), in ms. */
export function backoffDelay(
  retry: number,
  options: RetryOptions = DEFAULT_RETRY,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(
    options.maxDelayMs,
    options.baseDelayMs * options.factor ** Math.max(0, retry - 1),
  );
  return Math.floor(Math.min(Math.max(random(), 0), 1 - Number.EPSILON) * ceiling);
}

/** What to do with one failed attempt. */
export type FailureDecision =
  | {
      readonly kind: 'retry';
      readonly status?: number;
      readonly retryAfterMs?: number;
      readonly reason: string;
    }
  | { readonly kind: 'blocked'; readonly status: number; readonly reason: string }
  | { readonly kind: 'failed'; readonly status?: number; readonly reason: string };

const asRecord = (v: unknown): Record<string, unknown> | undefined =>
  typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : undefined;

/** The HTTP status of an error from the connector client (RestError: statusCode, response.status). */
export function statusOf(error: unknown): number | undefined {
  const e = asRecord(error);
  const status = e?.statusCode ?? asRecord(e?.response)?.status;
  return typeof status === 'number' ? status : undefined;
}

function headerOf(error: unknown, name: string): string | undefined {
  // A core-rest-pipeline HttpHeaders (get(), case-insensitive) or a plain object.
  const headers = asRecord(asRecord(asRecord(error)?.response)?.headers);
  if (!headers) return undefined;
  const get = headers.get;
  const value =
    typeof get === 'function'
      ? (get as (this: unknown, n: string) => unknown).call(headers, name)
      : (headers[name] ?? headers[name.toLowerCase()]);
  return typeof value === 'string' ? value : undefined;
}

/** The network error code (ECONNREFUSED…) of an error without an HTTP status, or of its cause. */
function networkCodeOf(error: unknown): string | undefined {
  for (let e = asRecord(error), depth = 0; e && depth < 4; e = asRecord(e.cause), depth++) {
    if (typeof e.code === 'string' && /^E[A-Z_]+$/.test(e.code)) return e.code;
  }
  return undefined;
}

export function classifyFailure(error: unknown, nowMs: number): FailureDecision {
  const status = statusOf(error);
  if (status !== undefined) {
    const reason = `HTTP ${status}`;
    // 403 from Teams on a send is MessageWritesBlocked or the bot having been removed: retrying
    // cannot help, and the scheduler stops the schedule on "blocked".
    if (status === 403) return { kind: 'blocked', status, reason };
    if (!RETRYABLE_STATUSES.has(status)) return { kind: 'failed', status, reason };
    const retryAfterMs = parseRetryAfter(headerOf(error, 'retry-after'), nowMs);
    return retryAfterMs === undefined
      ? { kind: 'retry', status, reason }
      : { kind: 'retry', status, retryAfterMs, reason };
  }
  const code = networkCodeOf(error);
  if (code && NOT_SENT_ERROR_CODES.has(code)) return { kind: 'retry', reason: code };
  return { kind: 'failed', reason: code ?? (error instanceof Error ? error.name : 'unknown') };
}

export interface RetryDeps {
  readonly sleep: (ms: number) => Promise<void>;
  readonly random: () => number;
  readonly now: () => number;
  /** Called before each wait (for logs and tests). */
  readonly onRetry?: (info: {
    readonly attempt: number;
    readonly delayMs: number;
    readonly decision: FailureDecision;
  }) => void;
}

export const realSleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));

const DEFAULT_DEPS: RetryDeps = { sleep: realSleep, random: Math.random, now: Date.now };

const toSendError = (decision: FailureDecision): SendError =>
  new SendError(
    decision.kind === 'blocked' ? 'blocked' : decision.status === 429 ? 'throttled' : 'failed',
    decision.status,
    decision.reason,
  );

/**
 * Runs `attempt` (1-based attempt number) until it resolves, retrying only what classifyFailure
 * calls retryable, at most options.maxAttempts times in all. Waits max(Retry-After, jittered
 * backoff) between attempts: Retry-After is a floor, the jitter keeps many channels throttled at the
 * same moment from all coming back at the same moment. Rejects with a SendError.
 */
export async function withRetry<T>(
  attempt: (n: number) => Promise<T>,
  options: RetryOptions = DEFAULT_RETRY,
  deps: Partial<RetryDeps> = {},
): Promise<T> {
  const { sleep, random, now, onRetry } = { ...DEFAULT_DEPS, ...deps };
  for (let n = 1; ; n++) {
    let decision: FailureDecision;
    try {
      return await attempt(n);
    } catch (error) {
      if (error instanceof SendError) throw error;
      decision = classifyFailure(error, now());
    }
    if (decision.kind !== 'retry' || n >= options.maxAttempts) throw toSendError(decision);
    const backoff = backoffDelay(n, options, random);
    const delayMs = Math.max(decision.retryAfterMs ?? 0, backoff);
    // Teams asking for a longer pause than we would ever wait: give up now rather than hold a
    // scheduler slot for minutes; the channel's slot is recorded as failed ("throttled").
    if (delayMs > options.maxDelayMs) throw toSendError(decision);
    onRetry?.({ attempt: n, delayMs, decision });
    await sleep(delayMs);
  }
}
