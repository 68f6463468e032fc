import { describe, expect, it } from 'vitest';
import { planChange, type ChangeCommand } from '../../../src/features/schedule/changes.js';
import { rotationKey, scheduleKey, slotKey } from '../../../src/features/schedule/keys.js';
import { createScheduler } from '../../../src/features/schedule/scheduler.js';
import { readSlot } from '../../../src/features/schedule/slots.js';
import { createScheduleStore } from '../../../src/features/schedule/store.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import {
  CONV,
  fakeClock,
  makeSchedule,
  OTHER_CONV,
  recordingPost,
  REFERENCE,
  SCENARIO_IDS,
  seededRandom,
} from './fixtures.js';

// Mondays 9:00 America/Toronto (EST in late November/December: 14:00Z).
const MON1 = '2026-11-30T14:00:00.000Z';
const MON2 = '2026-12-07T14:00:00.000Z';
const MON3 = '2026-12-14T14:00:00.000Z';

async function setup(options: { post?: ReturnType<typeof recordingPost>['post'] } = {}) {
  const storage = new MemoryStorage();
  const store = createScheduleStore(storage);
  await store.put(makeSchedule());
  const clock = fakeClock('2026-11-30T13:00:00Z');
  const recorder = recordingPost();
  const make = (seed = 1) =>
    createScheduler({
      storage,
      clock,
      post: options.post ?? recorder.post,
      scenarios: SCENARIO_IDS,
      random: seededRandom(seed),
    });
  return { storage, store, clock, calls: recorder.calls, scheduler: make(), make };
}

/** Applies a command as the Teams handler would: plan, then write with the eTag read. */
async function command(
  store: ReturnType<typeof createScheduleStore>,
  cmd: ChangeCommand,
  at: string,
): Promise<void> {
  const current = await store.get(CONV);
  const change = planChange(current?.schedule, cmd, {
    conversationKey: CONV,
    timeZone: 'America/Toronto',
    reference: REFERENCE,
    changedBy: 'Alex Manager',
    now: new Date(at),
  });
  if (change.kind === 'put') await store.put(change.schedule, current?.eTag);
  else if (change.kind === 'remove') await store.remove(CONV);
  else throw new Error(`unexpected ${change.kind}`);
}

describe('scheduler', () => {
  it('posts nothing before the time, exactly once at the time, and again next week', async () => {
    const { storage, clock, calls, scheduler } = await setup();

    clock.set('2026-11-30T13:59:00Z');
    expect((await scheduler.tick()).outcomes).toEqual([]);
    expect(calls).toHaveLength(0);

    clock.set(MON1);
    const first = await scheduler.tick();
    expect(first.outcomes).toHaveLength(1);
    expect(first.outcomes[0]).toMatchObject({
      conversationKey: CONV,
      slotKey: `slot/${CONV}/2026-11-30T14-00Z`,
      status: 'sent',
      messageId: 'msg-1',
    });
    expect(calls).toHaveLength(1);
    expect(calls[0]).toMatchObject({ conversationKey: CONV, lang: 'en', reference: REFERENCE });

    for (let i = 0; i < 10; i++) {
      clock.set(`2026-11-30T14:00:${String(i * 5).padStart(2, '0')}Z`);
      expect((await scheduler.tick()).outcomes).toEqual([]);
    }
    expect(calls).toHaveLength(1);

    const slot = await readSlot(storage, slotKey(CONV, new Date(MON1)));
    expect(slot?.value).toMatchObject({
      status: 'sent',
      scenarioId: calls[0]!.scenarioId,
      messageId: 'msg-1',
    });

    clock.set(MON2);
    await scheduler.tick();
    expect(calls).toHaveLength(2);
    expect(calls[1]!.scenarioId).not.toBe(calls[0]!.scenarioId);
  });

  it('follows the local time across the DST change', async () => {
    const { store, clock, calls, scheduler } = await setup();
    await store.put(
      makeSchedule({ conversationKey: OTHER_CONV, changedAt: '2026-10-20T00:00:00.000Z' }),
    );
    clock.set('2026-10-26T13:00:00Z'); // 9:00 EDT
    await scheduler.tick();
    clock.set('2026-11-02T13:00:00Z'); // 8:00 EST: not yet
    await scheduler.tick();
    expect(calls).toHaveLength(1);
    clock.set('2026-11-02T14:00:00Z'); // 9:00 EST
    await scheduler.tick();
    expect(calls).toHaveLength(2);
  });

  it('does not post a slot missed by more than 6 hours, and posts the next one', async () => {
    const { clock, calls, scheduler } = await setup();
    clock.set('2026-11-30T20:00:01Z');
    await scheduler.tick();
    expect(calls).toHaveLength(0);
    clock.set('2026-11-30T19:00:00Z'); // within the window: still posted late
    await scheduler.tick();
    expect(calls).toHaveLength(1);
    clock.set(MON2);
    await scheduler.tick();
    expect(calls).toHaveLength(2);
  });

  it('does not post a slot already past when the schedule was set', async () => {
    const { store, clock, calls, scheduler } = await setup();
    await command(
      store,
      { kind: 'set', day: 1, hour: 9, minute: 0, lang: 'fr' },
      '2026-11-30T14:30:00Z',
    );
    clock.set('2026-11-30T14:31:00Z');
    await scheduler.tick();
    expect(calls).toHaveLength(0);
    clock.set(MON2);
    await scheduler.tick();
    expect(calls).toMatchObject([{ lang: 'fr' }]);
  });

  it('pause → no post; resume → posts', async () => {
    const { store, clock, calls, scheduler } = await setup();
    await command(store, { kind: 'pause' }, '2026-11-27T12:00:00Z');
    clock.set(MON1);
    expect((await scheduler.tick()).checked).toBe(0);
    expect(calls).toHaveLength(0);

    await command(store, { kind: 'resume' }, '2026-12-01T12:00:00Z');
    clock.set(MON2);
    await scheduler.tick();
    expect(calls).toHaveLength(1);
  });

  it('skip next → skips one week only', async () => {
    const { storage, store, clock, calls, scheduler } = await setup();
    await command(store, { kind: 'skip' }, '2026-11-27T12:00:00Z');
    clock.set(MON1);
    const skipped = await scheduler.tick();
    expect(skipped.outcomes).toMatchObject([{ status: 'skipped' }]);
    expect(calls).toHaveLength(0);
    expect((await store.get(CONV))?.schedule.skipNext).toBe(false);
    expect((await readSlot(storage, slotKey(CONV, new Date(MON1))))?.value.status).toBe('skipped');

    clock.set('2026-11-30T14:01:00Z');
    await scheduler.tick();
    expect(calls).toHaveLength(0);

    clock.set(MON2);
    await scheduler.tick();
    expect(calls).toHaveLength(1);
  });

  it('finishes clearing "skip next" if an instance stopped after claiming the skipped slot', async () => {
    const { storage, store, clock, calls, scheduler } = await setup();
    await command(store, { kind: 'skip' }, '2026-11-27T12:00:00Z');
    // As if the previous instance died between the claim and clearing the flag.
    await storage.write(slotKey(CONV, new Date(MON1)), {
      conversationKey: CONV,
      scheduledFor: MON1,
      status: 'skipped',
      claimedAt: MON1,
    });
    clock.set('2026-11-30T14:01:00Z');
    await scheduler.tick();
    expect((await store.get(CONV))?.schedule.skipNext).toBe(false);
    clock.set(MON2);
    await scheduler.tick();
    expect(calls).toHaveLength(1);
  });

  it('two instances ticking concurrently over one storage post exactly once per slot', async () => {
    const { store, clock, calls, make } = await setup();
    const convs = [CONV, OTHER_CONV];
    for (let i = 0; i < 4; i++) convs.push(`conv-${i}-hash`);
    for (const conversationKey of convs.slice(1)) {
      await store.put(makeSchedule({ conversationKey }));
    }
    const a = make(1);
    const b = make(2);
    for (const monday of [MON1, MON2, MON3]) {
      for (let second = 0; second < 5; second++) {
        const at = new Date(Date.parse(monday) + second * 7000);
        clock.set(at.toISOString());
        await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
      }
    }
    expect(calls).toHaveLength(convs.length * 3);
    for (const conversationKey of convs) {
      const mine = calls.filter((c) => c.conversationKey === conversationKey);
      expect(mine).toHaveLength(3);
      expect(new Set(mine.map((c) => c.scenarioId)).size).toBe(3);
    }
  });

  it('a restarted instance does not re-post a sent slot, nor one whose holder’s lease still runs', async () => {
    const { storage, store, clock, calls, scheduler, make } = await setup();
    clock.set(MON1);
    await scheduler.tick();
    expect(calls).toHaveLength(1);
    expect((await make(99).tick()).outcomes).toEqual([]);
    expect(calls).toHaveLength(1);

    // Held by a live instance (its lease runs until 14:03): left alone.
    await store.put(makeSchedule({ conversationKey: OTHER_CONV }));
    await storage.write(slotKey(OTHER_CONV, new Date(MON1)), {
      conversationKey: OTHER_CONV,
      scheduledFor: MON1,
      status: 'claimed',
      claimedAt: MON1,
      owner: 'another-instance',
      leaseUntil: '2026-11-30T14:03:00.000Z',
    });
    clock.set('2026-11-30T14:02:00Z');
    await make(100).tick();
    expect(calls).toHaveLength(1);
  });

  it.each([
    ['claimed', false],
    ['sending', true],
  ] as const)(
    'takes over a slot left "%s" by an instance that died, once its lease ran out',
    async (status, possibleDuplicate) => {
      const { storage, store, clock, calls, make } = await setup();
      await store.put(makeSchedule({ conversationKey: OTHER_CONV }));
      await store.remove(CONV);
      await storage.write(slotKey(OTHER_CONV, new Date(MON1)), {
        conversationKey: OTHER_CONV,
        scheduledFor: MON1,
        status,
        claimedAt: MON1,
        owner: 'dead-instance',
        leaseUntil: '2026-11-30T14:02:00.000Z',
        attempts: status === 'sending' ? 1 : 0,
      });
      clock.set('2026-11-30T14:03:00Z');
      // Two instances tick at once: one takes the slot over, the other leaves it.
      const results = await Promise.all([make(7).tick(), make(8).tick()]);
      expect(results.flatMap((r) => r.outcomes)).toMatchObject([
        { status: 'sent', lateMinutes: 3, ...(possibleDuplicate ? { possibleDuplicate } : {}) },
      ]);
      expect(calls).toHaveLength(1);
      const slot = (await readSlot(storage, slotKey(OTHER_CONV, new Date(MON1))))?.value;
      expect(slot).toMatchObject({ status: 'sent', attempts: status === 'sending' ? 2 : 1 });
      expect(slot?.owner).toBeUndefined();
    },
  );

  it('retries a failed post with backoff within the slot’s window, then gives it up', async () => {
    let attempts = 0;
    const flaky = () => {
      attempts++;
      return Promise.reject(new Error('socket hang up'));
    };
    const { storage, store, clock, scheduler } = await setup({ post: flaky });
    const slot = async () => (await readSlot(storage, slotKey(CONV, new Date(MON1))))?.value;
    clock.set(MON1);
    expect((await scheduler.tick()).outcomes).toMatchObject([
      { status: 'failed', errorCode: 'unknown' },
    ]);
    expect(await slot()).toMatchObject({ status: 'failed', retryAt: '2026-11-30T14:01:00.000Z' });
    clock.set('2026-11-30T14:00:30Z');
    await scheduler.tick();
    expect(attempts).toBe(1); // not before retryAt
    clock.set('2026-11-30T14:01:00Z');
    await scheduler.tick();
    expect(attempts).toBe(2);
    expect(await slot()).toMatchObject({ status: 'failed', retryAt: '2026-11-30T14:03:00.000Z' });
    // Every minute for the rest of the 6-hour window: retries at 1, 2, 4, 8 … minutes, then given up.
    const outcomes = [];
    for (let m = 2; m <= 6 * 60; m++) {
      clock.set(new Date(Date.parse(MON1) + m * 60_000).toISOString());
      outcomes.push(...(await scheduler.tick()).outcomes);
    }
    expect(attempts).toBeLessThanOrEqual(8);
    expect(outcomes.at(-1)).toMatchObject({ status: 'given-up' });
    expect(await slot()).toMatchObject({ status: 'given-up', errorCode: 'unknown' });
    expect((await store.get(CONV))?.schedule.status).toBe('active');
  });

  it('blocked (post throws {code:"blocked"}) → schedule inactive, slot failed, no more posts', async () => {
    let attempts = 0;
    const blocked = () => {
      attempts++;
      return Promise.reject(Object.assign(new Error('Forbidden'), { code: 'blocked' }));
    };
    const { storage, store, clock, scheduler } = await setup({ post: blocked });
    clock.set(MON1);
    const result = await scheduler.tick();
    expect(result.outcomes).toMatchObject([{ status: 'failed', errorCode: 'blocked' }]);
    const after = await store.get(CONV);
    expect(after?.schedule).toMatchObject({ status: 'inactive', inactiveReason: 'blocked' });
    expect((await readSlot(storage, slotKey(CONV, new Date(MON1))))?.value).toMatchObject({
      status: 'failed',
      errorCode: 'blocked',
    });
    clock.set(MON2);
    await scheduler.tick();
    expect(attempts).toBe(1);

    // "resume" (a message from the channel) makes it active again.
    await command(store, { kind: 'resume' }, '2026-12-08T12:00:00Z');
    const resumed = await store.get(CONV);
    expect(resumed?.schedule.status).toBe('active');
    expect(resumed?.schedule.inactiveReason).toBeUndefined();
  });

  it('gives the slot back when the scenario cannot be picked (nothing posted): the next tick posts', async () => {
    const { storage, clock, calls, scheduler } = await setup();
    const write = storage.write.bind(storage);
    let failures = 1;
    storage.write = (key, value, options) => {
      if (key === rotationKey(CONV) && failures-- > 0)
        return Promise.reject(Object.assign(new Error('storage unavailable'), { code: 'EBUSY' }));
      return write(key, value, options);
    };
    clock.set(MON1);
    expect((await scheduler.tick()).outcomes).toMatchObject([{ status: 'deferred' }]);
    expect(calls).toHaveLength(0);
    expect(await readSlot(storage, slotKey(CONV, new Date(MON1)))).toBeUndefined();
    clock.set('2026-11-30T14:01:00Z');
    expect((await scheduler.tick()).outcomes).toMatchObject([{ status: 'sent' }]);
    expect(calls).toHaveLength(1);
    expect((await readSlot(storage, slotKey(CONV, new Date(MON1))))?.value.status).toBe('sent');
  });

  it('one unreadable schedule does not stop the others', async () => {
    const { storage, clock, calls, scheduler } = await setup();
    await storage.write(scheduleKey(OTHER_CONV), { nonsense: true });
    clock.set(MON1);
    await scheduler.tick();
    expect(calls).toHaveLength(1);
  });

  it('records the rotation per channel', async () => {
    const { storage, clock, calls, scheduler } = await setup();
    clock.set(MON1);
    await scheduler.tick();
    const rotation = await storage.read<{ used: string[] }>(rotationKey(CONV));
    expect(rotation?.value.used).toEqual([calls[0]!.scenarioId]);
  });

  it('start() and stop() drive tick with croner, idempotently', () => {
    const scheduler = createScheduler({
      storage: new MemoryStorage(),
      clock: { now: () => new Date() },
      post: () => Promise.resolve({ messageId: 'x' }),
      scenarios: SCENARIO_IDS,
    });
    scheduler.start();
    scheduler.start();
    scheduler.stop();
    scheduler.stop();
  });
});
