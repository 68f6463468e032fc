import { describe as suite, expect, it } from 'vitest';
import { dueSlot } from '../../../src/features/schedule/due.js';
import { slotKey, slotPrefix } from '../../../src/features/schedule/keys.js';
import { describe, nextRun, scheduleSchema } from '../../../src/features/schedule/schedule.js';
import { resolveTimeZone } from '../../../src/features/schedule/timezone.js';
import { CONV, makeSchedule } from './fixtures.js';

const iso = (d: Date) => d.toISOString();

suite('nextRun', () => {
  const toronto = makeSchedule({ day: 1, hour: 9, minute: 0, timeZone: 'America/Toronto' });

  it('keeps 9:00 local across the autumn DST change in America/Toronto', () => {
    // 2026-11-01: clocks go back (EDT UTC-4 → EST UTC-5).
    const before = nextRun(toronto, new Date('2026-10-20T00:00:00Z'));
    expect(iso(before)).toBe('2026-10-26T13:00:00.000Z');
    const after = nextRun(toronto, before);
    expect(iso(after)).toBe('2026-11-02T14:00:00.000Z');
    expect(after.getTime() - before.getTime()).toBe((7 * 24 + 1) * 3600_000);
  });

  it('keeps 9:00 local across the spring DST change in America/Toronto', () => {
    // 2026-03-08: clocks go forward (EST → EDT).
    expect(iso(nextRun(toronto, new Date('2026-03-03T00:00:00Z')))).toBe(
      '2026-03-09T13:00:00.000Z',
    );
    expect(iso(nextRun(toronto, new Date('2026-03-01T00:00:00Z')))).toBe(
      '2026-03-02T14:00:00.000Z',
    );
  });

  it('runs a time skipped by spring-forward at the first valid time after the gap', () => {
    const sunday230 = makeSchedule({ day: 0, hour: 2, minute: 30 });
    // 2:30 does not exist on 2026-03-08 in Toronto: 3:00 EDT = 07:00Z.
    expect(iso(nextRun(sunday230, new Date('2026-03-02T00:00:00Z')))).toBe(
      '2026-03-08T07:00:00.000Z',
    );
  });

  it('handles the half-hour offset of Asia/Kolkata (UTC+5:30)', () => {
    const kolkata = makeSchedule({ day: 1, hour: 9, minute: 0, timeZone: 'Asia/Kolkata' });
    expect(iso(nextRun(kolkata, new Date('2026-11-25T00:00:00Z')))).toBe(
      '2026-11-30T03:30:00.000Z',
    );
    const at930 = makeSchedule({ day: 1, hour: 9, minute: 30, timeZone: 'Asia/Kolkata' });
    expect(iso(nextRun(at930, new Date('2026-11-25T00:00:00Z')))).toBe('2026-11-30T04:00:00.000Z');
  });

  it('is strictly after its argument', () => {
    const slot = new Date('2026-11-30T14:00:00Z');
    expect(iso(nextRun(toronto, slot))).toBe('2026-12-07T14:00:00.000Z');
    expect(iso(nextRun(toronto, new Date(slot.getTime() - 1)))).toBe(iso(slot));
  });
});

suite('describe', () => {
  it('says the schedule in English and French', () => {
    const s = makeSchedule();
    expect(describe(s, 'en')).toBe('Mondays at 9:00 (America/Toronto)');
    expect(describe(s, 'fr')).toBe('les lundis à 9 h 00 (America/Toronto)');
    const friday = makeSchedule({ day: 5, hour: 14, minute: 5, timeZone: 'Asia/Kolkata' });
    expect(describe(friday, 'en')).toBe('Fridays at 14:05 (Asia/Kolkata)');
    expect(describe(friday, 'fr')).toBe('les vendredis à 14 h 05 (Asia/Kolkata)');
  });
});

suite('resolveTimeZone', () => {
  it('accepts and canonicalises IANA names', () => {
    expect(resolveTimeZone('America/Toronto')).toEqual({
      ok: true,
      timeZone: 'America/Toronto',
      fallback: false,
    });
    expect(resolveTimeZone('america/toronto')).toMatchObject({ timeZone: 'America/Toronto' });
  });

  it('falls back to UTC, and says so, when Teams sent none', () => {
    expect(resolveTimeZone(undefined)).toEqual({ ok: true, timeZone: 'UTC', fallback: true });
    expect(resolveTimeZone('')).toEqual({ ok: true, timeZone: 'UTC', fallback: true });
  });

  it('rejects unknown zones', () => {
    expect(resolveTimeZone('Mars/Olympus_Mons')).toEqual({
      ok: false,
      reason: 'unknown-time-zone',
    });
    expect(resolveTimeZone('+05:30')).toMatchObject({ ok: false });
  });
});

suite('dueSlot', () => {
  const s = makeSchedule(); // set 2026-11-25, Monday 9:00 Toronto
  it('is undefined before the time, the slot from the time, and for less than 6 hours after', () => {
    expect(dueSlot(s, new Date('2026-11-30T13:59:59Z'))).toBeUndefined();
    expect(iso(dueSlot(s, new Date('2026-11-30T14:00:00Z'))!)).toBe('2026-11-30T14:00:00.000Z');
    expect(iso(dueSlot(s, new Date('2026-11-30T19:59:00Z'))!)).toBe('2026-11-30T14:00:00.000Z');
    expect(dueSlot(s, new Date('2026-11-30T20:00:01Z'))).toBeUndefined();
  });

  it('never returns a slot at or before the last change', () => {
    const setLate = makeSchedule({ changedAt: '2026-11-30T14:05:00.000Z' });
    expect(dueSlot(setLate, new Date('2026-11-30T14:06:00Z'))).toBeUndefined();
  });
});

suite('keys', () => {
  it('names a slot by conversation and UTC instant', () => {
    expect(slotKey(CONV, new Date('2026-11-30T14:00:00Z'))).toBe(`slot/${CONV}/2026-11-30T14-00Z`);
    expect(slotPrefix(CONV)).toBe(`slot/${CONV}/`);
  });

  it('refuses a raw conversation id', () => {
    expect(() => slotKey('19:abc@thread.tacv2', new Date())).toThrow();
  });
});

suite('scheduleSchema', () => {
  it('accepts a schedule and rejects a bad time zone', () => {
    expect(scheduleSchema.safeParse(makeSchedule()).success).toBe(true);
    expect(scheduleSchema.safeParse(makeSchedule({ timeZone: 'Nowhere/Else' })).success).toBe(
      false,
    );
  });
});
