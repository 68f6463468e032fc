import { describe, expect, it } from 'vitest';
import { scheduleActionData } from '../../../src/features/schedule/action-data.js';

const changedAt = '2026-11-25T12:00:00.000Z';

describe('scheduleActionData', () => {
  it('reads the version and the language the card sent', () => {
    expect(scheduleActionData({ lang: 'fr', changedAt })).toEqual({ lang: 'fr', changedAt });
    expect(scheduleActionData({ changedAt: '2026-11-25T12:00:00Z' })).toEqual({
      changedAt: '2026-11-25T12:00:00Z',
    });
  });

  it('leaves out a language it does not know (the Teams locale decides then)', () => {
    expect(scheduleActionData({ lang: 'de', changedAt })).toEqual({ changedAt });
    expect(scheduleActionData({ lang: { en: 1 }, changedAt })).toEqual({ changedAt });
  });

  it.each<[string, Record<string, unknown>]>([
    ['no version', { lang: 'en' }],
    ['a version that is not a string', { changedAt: 42 }],
    ['a version that is an object', { changedAt: { toString: 'x' } }],
    ['a version that is not an instant', { changedAt: 'yesterday' }],
    ['an instant with an offset (never stored)', { changedAt: '2026-11-25T12:00:00+01:00' }],
    ['an impossible date', { changedAt: '2026-13-45T99:99:99Z' }],
    ['a long string', { changedAt: `${changedAt}${'0'.repeat(10_000)}` }],
  ])('refuses %s', (_name, data) => {
    expect(scheduleActionData(data)).toBeUndefined();
  });
});
