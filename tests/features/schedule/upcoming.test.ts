import { describe, expect, it } from 'vitest';
import { upcoming } from '../../../src/features/schedule/upcoming.js';
import { makeSchedule } from './fixtures.js';

const iso = (d: Date | undefined) => d?.toISOString();

describe('upcoming', () => {
  // makeSchedule: Mondays 9:00 in Toronto, changed 2026-11-25; 2026-11-30 9:00 EST is 14:00Z.
  it('is the next slot after now', () => {
    const { next, skipped } = upcoming(makeSchedule(), new Date('2026-11-26T00:00:00Z'));
    expect(iso(next)).toBe('2026-11-30T14:00:00.000Z');
    expect(skipped).toBeUndefined();
  });

  it('is the following week once the slot has passed', () => {
    expect(iso(upcoming(makeSchedule(), new Date('2026-11-30T14:00:00Z')).next)).toBe(
      '2026-12-07T14:00:00.000Z',
    );
  });

  it('never names a slot at or before the last change (the scheduler does not post it)', () => {
    const changedLate = makeSchedule({ changedAt: '2026-11-30T14:05:00.000Z' });
    // A clock behind the change (another instance): still after the change.
    expect(iso(upcoming(changedLate, new Date('2026-11-30T13:00:00Z')).next)).toBe(
      '2026-12-07T14:00:00.000Z',
    );
  });

  it('names the skipped slot and the one after it', () => {
    const { next, skipped } = upcoming(
      makeSchedule({ skipNext: true }),
      new Date('2026-11-26T00:00:00Z'),
    );
    expect(iso(skipped)).toBe('2026-11-30T14:00:00.000Z');
    expect(iso(next)).toBe('2026-12-07T14:00:00.000Z');
  });

  it('keeps 9:00 local across the DST change', () => {
    // 2026-11-01: clocks go back in Toronto; 9:00 on 2026-11-02 is 14:00Z, the week before 13:00Z.
    const { next, skipped } = upcoming(
      makeSchedule({ skipNext: true, changedAt: '2026-10-20T00:00:00.000Z' }),
      new Date('2026-10-21T00:00:00Z'),
    );
    expect(iso(skipped)).toBe('2026-10-26T13:00:00.000Z');
    expect(iso(next)).toBe('2026-11-02T14:00:00.000Z');
  });

  it('has nothing while paused or stopped by the scheduler', () => {
    const now = new Date('2026-11-26T00:00:00Z');
    expect(upcoming(makeSchedule({ status: 'paused' }), now)).toEqual({});
    expect(upcoming(makeSchedule({ status: 'inactive', inactiveReason: 'blocked' }), now)).toEqual(
      {},
    );
  });
});
