// The scheduler posts several channels at once, at most `concurrency`, each still exactly once —
// also with two instances ticking over the same storage.
import { describe, expect, it } from 'vitest';
import { createScheduler, DEFAULT_CONCURRENCY } from '../../../src/features/schedule/scheduler.js';
import { createScheduleStore } from '../../../src/features/schedule/store.js';
import { MemoryStorage } from '../../../src/storage/memory.js';
import { makeSchedule, SCENARIO_IDS } from '../../features/schedule/fixtures.js';

const MON1 = new Date('2026-11-30T14:00:00.000Z'); // Monday 9:00 in Toronto

async function setup(channels: number) {
  const storage = new MemoryStorage();
  const store = createScheduleStore(storage);
  for (let i = 0; i < channels; i++)
    await store.put(makeSchedule({ conversationKey: `channel-${i}` }));
  let inFlight = 0;
  let maxInFlight = 0;
  const posted: string[] = [];
  const post = async (schedule: { conversationKey: string }) => {
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    await new Promise((r) => setTimeout(r, 5));
    posted.push(schedule.conversationKey);
    inFlight--;
    return { messageId: `m-${posted.length}` };
  };
  const make = (concurrency?: number) =>
    createScheduler({
      storage,
      clock: { now: () => MON1 },
      post,
      scenarios: SCENARIO_IDS,
      ...(concurrency === undefined ? {} : { concurrency }),
    });
  return { make, posted, maxInFlight: () => maxInFlight };
}

describe('scheduler concurrency', () => {
  it(`posts up to ${DEFAULT_CONCURRENCY} channels at once, each once, outcomes in order`, async () => {
    const { make, posted, maxInFlight } = await setup(100);
    const { outcomes, checked } = await make().tick();
    expect(checked).toBe(100);
    expect(outcomes).toHaveLength(100);
    expect(outcomes.every((o) => o.status === 'sent')).toBe(true);
    expect(outcomes.map((o) => o.conversationKey)).toEqual(
      [...outcomes.map((o) => o.conversationKey)].sort(),
    );
    expect(new Set(posted).size).toBe(100);
    expect(posted).toHaveLength(100);
    expect(maxInFlight()).toBe(DEFAULT_CONCURRENCY);
  });

  it('concurrency 1 is one at a time', async () => {
    const { make, maxInFlight } = await setup(10);
    await make(1).tick();
    expect(maxInFlight()).toBe(1);
  });

  it('two instances ticking at once still post each channel exactly once', async () => {
    const { make, posted } = await setup(60);
    const [a, b] = [make(16), make(7)];
    await Promise.all([a.tick(), b.tick(), a.tick(), b.tick()]);
    expect(posted).toHaveLength(60);
    expect(new Set(posted).size).toBe(60);
  });
});
