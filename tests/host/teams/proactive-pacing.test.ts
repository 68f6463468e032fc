// Pacing of proactive sends (p-throttle per tenant and per conversation), on a fake clock.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import pThrottle from 'p-throttle';
import {
  createPacer,
  DEFAULT_PACING,
  paceKeyOf,
  UNKNOWN_TENANT,
} from '../../../src/host/teams/send-pacing.js';

/** The most timestamps within any window of `windowMs`. */
function maxInWindow(times: readonly number[], windowMs: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; j < sorted.length; j++) {
    while (sorted[j]! - sorted[i]! >= windowMs) i++;
    max = Math.max(max, j - i + 1);
  }
  return max;
}

describe('paceKeyOf', () => {
  it('takes the tenant from conversation.tenantId, else channelData.tenant.id', () => {
    expect(paceKeyOf({ conversation: { id: '19:a@thread.tacv2', tenantId: 't1' } })).toEqual({
      tenant: 't1',
      conversation: '19:a@thread.tacv2',
    });
    expect(
      paceKeyOf({
        conversation: { id: '19:a@thread.tacv2' },
        channelData: { tenant: { id: 't2' } },
      }),
    ).toEqual({ tenant: 't2', conversation: '19:a@thread.tacv2' });
    expect(paceKeyOf({ conversation: { id: 'a:1' } }).tenant).toBe(UNKNOWN_TENANT);
  });

  it('counts a reply thread against its channel', () => {
    expect(
      paceKeyOf({
        conversation: { id: '19:a@thread.tacv2;messageid=1700000000000', tenantId: 't' },
      }).conversation,
    ).toBe('19:a@thread.tacv2');
  });
});

describe('createPacer', () => {
  // Fake timers: p-throttle schedules with Date.now and setTimeout, so every start happens exactly
  // when it was scheduled, whatever the load on the machine running the tests.
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** Runs `tasks` through the pacer, advancing the fake clock until all are done. */
  async function paced(runs: Promise<unknown>[]): Promise<void> {
    const all = Promise.all(runs);
    await vi.advanceTimersByTimeAsync(120_000);
    await all;
  }

  const record = (starts: number[]) => () => {
    starts.push(Date.now());
    return Promise.resolve();
  };

  it("defaults to Teams' documented limits", () => {
    // 50 per second per tenant, as one send every 20 ms; 7 per second per conversation, as one
    // every 1000/7 ms, plus 8 per 2 s and 60 per 30 s.
    expect(DEFAULT_PACING.perTenant).toEqual([{ limit: 1, intervalMs: 20 }]);
    expect(DEFAULT_PACING.perConversation).toEqual([
      { limit: 1, intervalMs: 1000 / 7 },
      { limit: 8, intervalMs: 2000 },
      { limit: 60, intervalMs: 30_000 },
    ]);
    expect(DEFAULT_PACING.headroom).toBe(0.1);
  });

  it('holds a tenant to its limit in any window, across conversations', async () => {
    const pacer = createPacer({
      perTenant: [{ limit: 5, intervalMs: 200 }],
      perConversation: [{ limit: 100, intervalMs: 200 }],
      headroom: 0,
    });
    const starts: number[] = [];
    const t0 = Date.now();
    await paced(
      Array.from({ length: 15 }, (_, i) =>
        pacer.run({ tenant: 't', conversation: `c${i}` }, record(starts)),
      ),
    );
    expect(starts.map((t) => t - t0)).toEqual([
      ...Array<number>(5).fill(0),
      ...Array<number>(5).fill(200),
      ...Array<number>(5).fill(400),
    ]);
  });

  it('holds a conversation to its limit, and tenants do not wait for each other', async () => {
    const pacer = createPacer({
      perTenant: [{ limit: 100, intervalMs: 200 }],
      perConversation: [{ limit: 2, intervalMs: 200 }],
      headroom: 0,
    });
    const same: number[] = [];
    const others: number[] = [];
    const t0 = Date.now();
    await paced([
      ...Array.from({ length: 6 }, () =>
        pacer.run({ tenant: 't', conversation: 'c' }, record(same)),
      ),
      // The same conversation id in other tenants is another thread: not held back.
      ...Array.from({ length: 6 }, (_, i) =>
        pacer.run({ tenant: `other-${i}`, conversation: 'c' }, record(others)),
      ),
    ]);
    expect(same.map((t) => t - t0)).toEqual([0, 0, 200, 200, 400, 400]);
    expect(others.map((t) => t - t0)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('the defaults: a tenant at ~45/s, one send every 22 ms, never 50 in a second', async () => {
    const pacer = createPacer();
    const starts: number[] = [];
    const t0 = Date.now();
    await paced(
      Array.from({ length: 200 }, (_, i) =>
        pacer.run({ tenant: 't', conversation: `c${i}` }, record(starts)),
      ),
    );
    expect(maxInWindow(starts, 1000)).toBe(46);
    expect(maxInWindow(starts, 22)).toBe(1);
    const perSecond = 200 / ((Math.max(...starts) - t0) / 1000);
    expect(perSecond).toBeGreaterThan(45);
    expect(perSecond).toBeLessThan(46);
  });

  it('stays under the limit when sends arrive irregularly — where p-throttle strict windows do not', async () => {
    // Sends arriving at random near the limit (mean 50/s), as a scheduler with 16 posts in flight
    // produces them. A seeded generator keeps the figures reproducible.
    let seed = 7;
    const gaps = Array.from({ length: 1500 }, () => {
      seed = (seed * 16807) % 2147483647;
      return Math.round(-Math.log(1 - seed / 2147483647) * 20);
    });
    async function arrivals(gate: () => Promise<number>): Promise<number[]> {
      const runs: Promise<number>[] = [];
      for (const gap of gaps) {
        runs.push(gate());
        await vi.advanceTimersByTimeAsync(gap);
      }
      await vi.advanceTimersByTimeAsync(600_000);
      return Promise.all(runs);
    }
    const pacer = createPacer();
    let n = 0;
    const ours = await arrivals(() =>
      pacer.run({ tenant: 't', conversation: `c${n++}` }, () => Promise.resolve(Date.now())),
    );
    expect(maxInWindow(ours, 1000)).toBeLessThanOrEqual(46);

    // Why send-pacing.ts expresses the tenant limit as spacing: p-throttle 7's strict mode with
    // limit 50 lets more than 50 starts into one second under the same arrivals. Should a p-throttle
    // upgrade fix this, this expectation fails: the windows could then be used directly.
    const strict = pThrottle({ limit: 50, interval: 1000, strict: true })(() =>
      Promise.resolve(Date.now()),
    );
    expect(maxInWindow(await arrivals(strict), 1000)).toBeGreaterThan(50);
  });

  it("the defaults: one conversation at 7 per 1.1 s and 8 per 2.2 s (Teams' 7/1 s, 8/2 s)", async () => {
    const pacer = createPacer();
    const starts: number[] = [];
    await paced(
      Array.from({ length: 20 }, () =>
        pacer.run({ tenant: 't', conversation: 'c' }, record(starts)),
      ),
    );
    expect(maxInWindow(starts, 1100)).toBeLessThanOrEqual(7);
    expect(maxInWindow(starts, 2200)).toBeLessThanOrEqual(8);
  });

  it('several windows per conversation all apply', async () => {
    const pacer = createPacer({
      perConversation: [
        { limit: 3, intervalMs: 100 },
        { limit: 4, intervalMs: 300 },
      ],
      headroom: 0,
    });
    const starts: number[] = [];
    await paced(
      Array.from({ length: 8 }, () =>
        pacer.run({ tenant: 't', conversation: 'c' }, record(starts)),
      ),
    );
    expect(maxInWindow(starts, 100)).toBeLessThanOrEqual(3);
    expect(maxInWindow(starts, 300)).toBeLessThanOrEqual(4);
  });

  it('passes results and errors through', async () => {
    const pacer = createPacer();
    const key = { tenant: 't', conversation: 'c' };
    const settled = Promise.allSettled([
      pacer.run(key, () => Promise.resolve(42)),
      pacer.run(key, () => Promise.reject(new Error('no'))),
    ]);
    await vi.advanceTimersByTimeAsync(1000);
    const [ok, failed] = await settled;
    expect(ok).toEqual({ status: 'fulfilled', value: 42 });
    expect(failed).toMatchObject({ status: 'rejected', reason: { message: 'no' } });
  });

  it('keeps a bounded number of idle conversation throttles, never dropping a busy one', async () => {
    let now = 0;
    const pacer = createPacer(
      {
        maxConversations: 3,
        perConversation: [{ limit: 7, intervalMs: 1000 }],
        perTenant: [{ limit: 1000, intervalMs: 1000 }],
        headroom: 0,
      },
      () => now,
    );
    for (let i = 0; i < 10; i++) {
      await pacer.run({ tenant: 't', conversation: `c${i}` }, () => Promise.resolve());
      now += 5_000; // each one idle for longer than its window when the next comes
    }
    expect(pacer.sizes.conversations).toBeLessThanOrEqual(4);

    // Recently used ones are kept even past the bound: dropping them would reset their count.
    now += 5_000;
    for (let i = 0; i < 6; i++)
      await pacer.run({ tenant: 't', conversation: `busy${i}` }, () => Promise.resolve());
    expect(pacer.sizes.conversations).toBeGreaterThanOrEqual(6);
  });
});
