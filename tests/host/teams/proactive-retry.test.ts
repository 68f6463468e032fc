// The retry policy of proactive sends, with a fake clock, sleep and random: Retry-After parsing,
// jitter bounds, which failures are retried, and how a failure is reported.
import { describe, expect, it } from 'vitest';
import {
  backoffDelay,
  classifyFailure,
  DEFAULT_RETRY,
  parseRetryAfter,
  SendError,
  withRetry,
} from '../../../src/host/teams/send-retry.js';

const NOW = Date.parse('2026-11-30T14:00:00.000Z');

/** An error shaped like @azure/core-rest-pipeline's RestError for an HTTP answer. */
const httpError = (status: number, headers: Record<string, string> = {}) =>
  Object.assign(new Error(`HTTP ${status}`), {
    name: 'RestError',
    statusCode: status,
    response: {
      status,
      headers: { get: (name: string) => headers[name.toLowerCase()] },
    },
  });

/** An error shaped like a RestError for a failed connection (no response). */
const networkError = (code: string) =>
  Object.assign(new Error(`connect ${code}`), { name: 'RestError', code });

function fakeDeps(random = () => 0.5) {
  const sleeps: number[] = [];
  return {
    sleeps,
    deps: {
      sleep: (ms: number) => {
        sleeps.push(ms);
        return Promise.resolve();
      },
      random,
      now: () => NOW,
    },
  };
}

/** An attempt function failing with `failures` in order, then resolving "ok". */
function scripted(...failures: Error[]) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    attempt: () => {
      const failure = failures[calls++];
      return failure === undefined ? Promise.resolve('ok') : Promise.reject(failure);
    },
  };
}

describe('parseRetryAfter', () => {
  it('reads delta-seconds', () => {
    expect(parseRetryAfter('1', NOW)).toBe(1000);
    expect(parseRetryAfter(' 30 ', NOW)).toBe(30_000);
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter('1.5', NOW)).toBe(1500);
  });

  it('reads an HTTP date, and a date already past is 0', () => {
    expect(parseRetryAfter('Mon, 30 Nov 2026 14:00:10 GMT', NOW)).toBe(10_000);
    expect(parseRetryAfter(new Date(NOW + 2500).toUTCString(), NOW)).toBe(2000); // second precision
    expect(parseRetryAfter('Mon, 30 Nov 2026 13:59:00 GMT', NOW)).toBe(0);
  });

  it('ignores what is neither', () => {
    for (const value of [undefined, null, '', '  ', 'soon', '-1', '1 2', '10s', 'NaN'])
      expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('backoffDelay (full jitter)', () => {
  const ceilings = [500, 1000, 2000, 4000, 8000, 16_000, 30_000, 30_000];

  it('draws from [0, min(30 s, 500 ms·2^(n−1)))', () => {
    ceilings.forEach((ceiling, i) => {
      expect(backoffDelay(i + 1, DEFAULT_RETRY, () => 0)).toBe(0);
      expect(backoffDelay(i + 1, DEFAULT_RETRY, () => 0.5)).toBe(ceiling / 2);
      expect(backoffDelay(i + 1, DEFAULT_RETRY, () => 0.999_999)).toBeLessThan(ceiling);
      // A careless fake returning exactly 1 still stays under the ceiling.
      expect(backoffDelay(i + 1, DEFAULT_RETRY, () => 1)).toBeLessThan(ceiling);
    });
  });

  it('stays within bounds for many random draws, and is spread out', () => {
    for (let retry = 1; retry <= 6; retry++) {
      const ceiling = Math.min(30_000, 500 * 2 ** (retry - 1));
      const draws = Array.from({ length: 500 }, () => backoffDelay(retry));
      expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...draws)).toBeLessThan(ceiling);
      expect(new Set(draws).size).toBeGreaterThan(100);
    }
  });
});

describe('classifyFailure', () => {
  it('retries 412, 429, 502, 503, 504 (Teams documents them as transient)', () => {
    for (const status of [412, 429, 502, 503, 504])
      expect(classifyFailure(httpError(status), NOW)).toMatchObject({ kind: 'retry', status });
  });

  it('403 is blocked; 500 and other statuses fail without a retry', () => {
    expect(classifyFailure(httpError(403), NOW)).toMatchObject({ kind: 'blocked', status: 403 });
    for (const status of [400, 401, 404, 405, 408, 409, 413, 500, 501, 505])
      expect(classifyFailure(httpError(status), NOW)).toMatchObject({ kind: 'failed', status });
  });

  it('takes Retry-After from the response headers (seconds or date)', () => {
    expect(classifyFailure(httpError(429, { 'retry-after': '3' }), NOW)).toMatchObject({
      kind: 'retry',
      retryAfterMs: 3000,
    });
    expect(
      classifyFailure(httpError(503, { 'retry-after': 'Mon, 30 Nov 2026 14:00:05 GMT' }), NOW),
    ).toMatchObject({ kind: 'retry', retryAfterMs: 5000 });
    const plain = Object.assign(new Error('x'), {
      statusCode: 429,
      response: { status: 429, headers: { 'retry-after': '2' } },
    });
    expect(classifyFailure(plain, NOW)).toMatchObject({ retryAfterMs: 2000 });
  });

  it('retries a network error only when the request cannot have reached Teams', () => {
    for (const code of ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN'])
      expect(classifyFailure(networkError(code), NOW)).toMatchObject({
        kind: 'retry',
        reason: code,
      });
    for (const code of ['ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE'])
      expect(classifyFailure(networkError(code), NOW)).toMatchObject({
        kind: 'failed',
        reason: code,
      });
    expect(classifyFailure(new Error('socket hang up'), NOW)).toMatchObject({ kind: 'failed' });
    expect(classifyFailure('weird', NOW)).toMatchObject({ kind: 'failed' });
    const wrapped = Object.assign(new Error('fetch failed'), {
      cause: networkError('ECONNREFUSED'),
    });
    expect(classifyFailure(wrapped, NOW)).toMatchObject({ kind: 'retry' });
  });
});

describe('withRetry', () => {
  it('retries transient statuses with jittered, growing waits, then succeeds', async () => {
    const { sleeps, deps } = fakeDeps(() => 0.5);
    const s = scripted(httpError(503), httpError(502), httpError(504), httpError(412));
    await expect(withRetry(s.attempt, DEFAULT_RETRY, deps)).resolves.toBe('ok');
    expect(s.calls).toBe(5);
    expect(sleeps).toEqual([250, 500, 1000, 2000]);
  });

  it('waits at least Retry-After, jitter on top when the backoff is longer', async () => {
    const { sleeps, deps } = fakeDeps(() => 0.99);
    const s = scripted(
      httpError(429, { 'retry-after': '1' }),
      httpError(429, { 'retry-after': '1' }),
      httpError(429, { 'retry-after': '1' }),
    );
    await withRetry(s.attempt, DEFAULT_RETRY, deps);
    // Backoff ceilings 500, 1000, 2000 at random 0.99: 495, 990, 1980 → max with 1000.
    expect(sleeps).toEqual([1000, 1000, 1980]);
  });

  it('gives up after 5 attempts: throttled after a 429, failed after a 5xx', async () => {
    const throttled = fakeDeps();
    const always429 = scripted(...Array.from({ length: 9 }, () => httpError(429)));
    const error = await withRetry(always429.attempt, DEFAULT_RETRY, throttled.deps).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ code: 'throttled', status: 429 });
    expect(always429.calls).toBe(5);
    expect(throttled.sleeps).toHaveLength(4);

    const failed = fakeDeps();
    const always503 = scripted(...Array.from({ length: 9 }, () => httpError(503)));
    await expect(withRetry(always503.attempt, DEFAULT_RETRY, failed.deps)).rejects.toMatchObject({
      code: 'failed',
      status: 503,
    });
    expect(always503.calls).toBe(5);
  });

  it('403 → blocked at once; 500 and a reset connection → failed at once', async () => {
    for (const [error, code] of [
      [httpError(403), 'blocked'],
      [httpError(500), 'failed'],
      [httpError(404), 'failed'],
      [networkError('ECONNRESET'), 'failed'],
      [networkError('ETIMEDOUT'), 'failed'],
    ] as const) {
      const { sleeps, deps } = fakeDeps();
      const s = scripted(error);
      await expect(withRetry(s.attempt, DEFAULT_RETRY, deps)).rejects.toMatchObject({ code });
      expect(s.calls).toBe(1);
      expect(sleeps).toEqual([]);
    }
  });

  it('a Retry-After beyond the 30 s cap ends the send as throttled, without waiting', async () => {
    const { sleeps, deps } = fakeDeps();
    const s = scripted(httpError(429, { 'retry-after': '120' }));
    await expect(withRetry(s.attempt, DEFAULT_RETRY, deps)).rejects.toMatchObject({
      code: 'throttled',
    });
    expect(s.calls).toBe(1);
    expect(sleeps).toEqual([]);
  });

  it('retries a refused connection up to the attempt limit', async () => {
    const { sleeps, deps } = fakeDeps(() => 0);
    const s = scripted(...Array.from({ length: 9 }, () => networkError('ECONNREFUSED')));
    await expect(
      withRetry(s.attempt, { ...DEFAULT_RETRY, maxAttempts: 3 }, deps),
    ).rejects.toMatchObject({ code: 'failed', status: undefined, reason: 'ECONNREFUSED' });
    expect(s.calls).toBe(3);
    expect(sleeps).toEqual([0, 0]);
  });

  it('a SendError thrown by the attempt passes through untouched', async () => {
    const { deps } = fakeDeps();
    const own = new SendError('blocked', 403);
    await expect(withRetry(() => Promise.reject(own), DEFAULT_RETRY, deps)).rejects.toBe(own);
  });
});
