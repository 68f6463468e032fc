// Shared helpers for the schedule tests: a settable clock, a seeded random, a recording post().
import { createKeyHasher } from '../../../src/privacy/keys.js';
import { mulberry32 } from '../../../src/util/seeded-random.js';
import type { Schedule } from '../../../src/features/schedule/schedule.js';

export const hasher = createKeyHasher('schedule-tests-secret-0123456789');
export const CONV = hasher.conversation('19:team-channel@thread.tacv2');
export const OTHER_CONV = hasher.conversation('19:other-channel@thread.tacv2');

export const REFERENCE = {
  serviceUrl: 'https://smba.trafficmanager.net/amer/',
  conversation: { id: '19:team-channel@thread.tacv2' },
  channelId: 'msteams',
};

/** Monday 9:00 in Toronto, set on the Wednesday before 2026-11-30 (a Monday: 14:00Z, EST). */
export function makeSchedule(overrides: Partial<Schedule> = {}): Schedule {
  return {
    conversationKey: CONV,
    day: 1,
    hour: 9,
    minute: 0,
    timeZone: 'America/Toronto',
    status: 'active',
    skipNext: false,
    lang: 'en',
    changedBy: 'Alex Manager',
    changedAt: '2026-11-25T12:00:00.000Z',
    reference: REFERENCE,
    ...overrides,
  };
}

export interface FakeClock {
  now(): Date;
  set(iso: string): void;
}

export function fakeClock(iso: string): FakeClock {
  let current = new Date(iso);
  return {
    now: () => new Date(current.getTime()),
    set: (next) => {
      current = new Date(next);
    },
  };
}

/** A seeded random (mulberry32), so rotation order is reproducible. */
export const seededRandom = mulberry32;

export const SCENARIO_IDS: readonly string[] = Array.from(
  { length: 28 },
  (_, i) => `sc-scenario-${String(i + 1).padStart(2, '0')}`,
);

export interface PostCall {
  readonly conversationKey: string;
  readonly scenarioId: string;
  readonly lang: string;
  readonly reference: unknown;
}

/** A post() that records its calls and answers with sequential message ids. */
export function recordingPost() {
  const calls: PostCall[] = [];
  const post = (schedule: Schedule, scenarioId: string): Promise<{ messageId: string }> => {
    calls.push({
      conversationKey: schedule.conversationKey,
      scenarioId,
      lang: schedule.lang,
      reference: schedule.reference,
    });
    return Promise.resolve({ messageId: `msg-${calls.length}` });
  };
  return { calls, post };
}
