import { describe, expect, it } from 'vitest';
import { planChange, type ChangeContext } from '../../../src/features/schedule/changes.js';
import { createScheduler } from '../../../src/features/schedule/scheduler.js';
import { createScheduleStore } from '../../../src/features/schedule/store.js';
import { PreconditionFailedError } from '../../../src/storage/errors.js';
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

describe('ScheduleStore', () => {
  it('puts create-only without an eTag and with If-Match with one', async () => {
    const store = createScheduleStore(new MemoryStorage());
    const eTag = await store.put(makeSchedule());
    await expect(store.put(makeSchedule())).rejects.toBeInstanceOf(PreconditionFailedError);
    await store.put(makeSchedule({ hour: 10 }), eTag);
    await expect(store.put(makeSchedule({ hour: 11 }), eTag)).rejects.toBeInstanceOf(
      PreconditionFailedError,
    );
    expect((await store.get(CONV))?.schedule.hour).toBe(10);
  });

  it('lists every schedule', async () => {
    const store = createScheduleStore(new MemoryStorage());
    await store.put(makeSchedule());
    await store.put(makeSchedule({ conversationKey: OTHER_CONV }));
    expect((await store.listAll()).map((s) => s.schedule.conversationKey).sort()).toEqual(
      [CONV, OTHER_CONV].sort(),
    );
  });

  it('touchReference writes only a changed reference, and never creates a schedule', async () => {
    const store = createScheduleStore(new MemoryStorage());
    expect(await store.touchReference(CONV, REFERENCE)).toBe(false);
    expect(await store.get(CONV)).toBeUndefined();
    await store.put(makeSchedule());
    expect(await store.touchReference(CONV, REFERENCE)).toBe(false);
    const moved = { ...REFERENCE, serviceUrl: 'https://smba.trafficmanager.net/emea/' };
    expect(await store.touchReference(CONV, moved)).toBe(true);
    expect((await store.get(CONV))?.schedule.reference).toEqual(moved);
  });

  it('removeConversation deletes the schedule, its rotation and its slots, and nothing else', async () => {
    const storage = new MemoryStorage();
    const store = createScheduleStore(storage);
    await store.put(makeSchedule());
    await store.put(makeSchedule({ conversationKey: OTHER_CONV }));
    const clock = fakeClock('2026-11-30T14:00:00Z');
    const scheduler = createScheduler({
      storage,
      clock,
      post: recordingPost().post,
      scenarios: SCENARIO_IDS,
      random: seededRandom(3),
    });
    await scheduler.tick();
    clock.set('2026-12-07T14:00:00Z');
    await scheduler.tick();
    const mine = async () => (await storage.list('')).filter((k) => k.includes(CONV));
    expect(await mine()).toHaveLength(4); // schedule, rotation, two slots

    await store.removeConversation(CONV);
    expect(await mine()).toEqual([]);
    expect((await storage.list('')).filter((k) => k.includes(OTHER_CONV))).toHaveLength(4);
  });
});

describe('planChange', () => {
  const context = (overrides: Partial<ChangeContext> = {}): ChangeContext => ({
    conversationKey: CONV,
    timeZone: 'America/Toronto',
    reference: REFERENCE,
    changedBy: 'Alex Manager',
    now: new Date('2026-11-25T12:00:00.000Z'),
    ...overrides,
  });
  const setMonday = { kind: 'set', day: 1, hour: 9, minute: 0, lang: 'en' } as const;

  it('builds an active schedule from a set command and the activity', () => {
    expect(planChange(undefined, setMonday, context())).toEqual({
      kind: 'put',
      timeZoneFallback: false,
      schedule: makeSchedule(),
    });
  });

  it('falls back to UTC when Teams sent no time zone, and rejects an unknown one', () => {
    expect(planChange(undefined, setMonday, context({ timeZone: undefined }))).toMatchObject({
      kind: 'put',
      timeZoneFallback: true,
      schedule: { timeZone: 'UTC' },
    });
    expect(planChange(undefined, setMonday, context({ timeZone: 'Nowhere/Else' }))).toEqual({
      kind: 'rejected',
      reason: 'unknown-time-zone',
    });
  });

  it('pauses, resumes, skips and stops an existing schedule', () => {
    const s = makeSchedule();
    const later = context({ now: new Date('2026-11-26T08:00:00.000Z'), changedBy: 'Sam' });
    expect(planChange(s, { kind: 'pause' }, later)).toMatchObject({
      kind: 'put',
      schedule: { status: 'paused', changedBy: 'Sam', changedAt: '2026-11-26T08:00:00.000Z' },
    });
    expect(planChange({ ...s, status: 'paused' }, { kind: 'pause' }, later)).toEqual({
      kind: 'none',
      reason: 'not-active',
    });
    expect(planChange(s, { kind: 'resume' }, later)).toEqual({
      kind: 'none',
      reason: 'already-active',
    });
    expect(planChange(s, { kind: 'skip' }, later)).toMatchObject({ schedule: { skipNext: true } });
    expect(planChange({ ...s, skipNext: true }, { kind: 'skip' }, later)).toEqual({
      kind: 'none',
      reason: 'already-skipping',
    });
    expect(planChange(s, { kind: 'stop' }, later)).toEqual({ kind: 'remove' });
    expect(planChange(undefined, { kind: 'stop' }, later)).toEqual({
      kind: 'none',
      reason: 'no-schedule',
    });
  });
});
