import { describe, expect, it } from 'vitest';
import { lastPost } from '../../../src/features/schedule/last-post.js';
import type { SlotRecord } from '../../../src/features/schedule/slots.js';
import { SCHEDULE_STRINGS } from '../../../src/features/schedule/strings.js';

const MON1 = '2026-11-30T14:00:00.000Z';
const slot = (patch: Partial<SlotRecord>): SlotRecord => ({
  conversationKey: 'c',
  scheduledFor: MON1,
  status: 'sent',
  claimedAt: MON1,
  ...patch,
});
const at = (iso: string) => new Date(iso);

describe('what the "schedule" reply says about the last week', () => {
  it('says nothing about a post on time, a skipped week or a blocked channel', () => {
    expect(
      lastPost(slot({ sentAt: '2026-11-30T14:01:00.000Z' }), at('2026-12-01T00:00:00Z')),
    ).toBeUndefined();
    expect(lastPost(slot({ status: 'skipped' }), at('2026-12-01T00:00:00Z'))).toBeUndefined();
    expect(
      lastPost(slot({ status: 'failed', errorCode: 'blocked' }), at('2026-12-01T00:00:00Z')),
    ).toBeUndefined();
    expect(lastPost(undefined, at('2026-12-01T00:00:00Z'))).toBeUndefined();
  });

  it('reports a late post, a retry under way, and a week lost', () => {
    expect(
      lastPost(slot({ sentAt: '2026-11-30T14:42:00.000Z' }), at('2026-12-01T00:00:00Z'))?.kind,
    ).toBe('late');
    const failed = slot({
      status: 'failed',
      errorCode: 'unknown',
      retryAt: '2026-11-30T14:08:00.000Z',
    });
    expect(lastPost(failed, at('2026-11-30T14:05:00Z'))?.kind).toBe('retrying');
    expect(lastPost(failed, at('2026-11-30T21:00:00Z'))?.kind).toBe('lost');
    expect(lastPost(slot({ status: 'given-up' }), at('2026-11-30T15:00:00Z'))?.kind).toBe('lost');
    // A claim whose instance died and that nobody took over within the window.
    expect(lastPost(slot({ status: 'claimed' }), at('2026-11-30T21:00:00Z'))?.kind).toBe('lost');
    expect(lastPost(slot({ status: 'sending' }), at('2026-11-30T14:05:00Z'))).toBeUndefined();
  });

  it('says it in the channel’s time zone, in both languages', () => {
    const late = lastPost(
      slot({ sentAt: '2026-11-30T14:42:00.000Z' }),
      at('2026-12-01T00:00:00Z'),
    )!;
    expect(SCHEDULE_STRINGS.en.lastPost(late, 'America/Toronto')).toMatch(
      /Monday, November 30.*9:00.*late.*9:42/,
    );
    expect(SCHEDULE_STRINGS.fr.lastPost(late, 'America/Toronto')).toMatch(
      /lundi 30 novembre.*9 h 00.*en retard.*9 h 42/,
    );
  });
});
