// The host's small pure parts.
import { describe, expect, it } from 'vitest';
import {
  conversationKind,
  messageText,
  replyActivities,
} from '../../../src/host/teams/activities.js';
import { authFailureStatus } from '../../../src/host/teams/auth-failure.js';
import { RecentKeys } from '../../../src/util/recent-keys.js';
import { langOfLocale } from '../../../src/i18n/lang.js';
import { hostStrings } from '../../../src/i18n/host.js';

const bot = { id: '28:bot', name: 'Guidance' };

describe('messageText', () => {
  it("removes the bot's mention and <at> leftovers, and tidies spaces", () => {
    const activity = {
      text: '<at>Guidance</at>  hi <at>Ann</at> there ',
      recipient: bot,
      entities: [{ type: 'mention', text: '<at>Guidance</at>', mentioned: bot }],
    };
    expect(messageText(activity)).toBe('hi there');
  });

  it('copes with no text and no recipient', () => {
    expect(messageText({})).toBe('');
  });

  it('is linear on many unclosed <at> tags', () => {
    const started = Date.now();
    messageText({ text: '<at>'.repeat(50_000) });
    expect(Date.now() - started).toBeLessThan(500);
  });
});

describe('conversationKind', () => {
  it.each([
    ['personal', 'personal'],
    ['groupChat', 'groupChat'],
    ['channel', 'channel'],
    [undefined, 'personal'],
    ['somethingNew', 'personal'],
  ])('%s → %s', (type, kind) => {
    expect(conversationKind({ conversation: { conversationType: type } as never })).toBe(kind);
  });
});

describe('replyActivities', () => {
  it('makes one message per reply, dropping empty ones', () => {
    const card = { type: 'AdaptiveCard' };
    expect(
      replyActivities([{ lang: 'en', text: 't', card }, { lang: 'en' }, { lang: 'fr', text: 'u' }]),
    ).toEqual([
      {
        type: 'message',
        text: 't',
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
      },
      { type: 'message', text: 'u' },
    ]);
  });
});

describe('strings', () => {
  it('picks French for any fr locale', () => {
    expect(['fr', 'fr-CA', 'FR-fr'].map(langOfLocale)).toEqual(['fr', 'fr', 'fr']);
    expect([undefined, 'en-US', 'de-DE'].map(langOfLocale)).toEqual(['en', 'en', 'en']);
    expect(hostStrings('fr-CA').apology).toMatch(/^Désolé/);
  });
});

describe('RecentKeys', () => {
  it('says first time once per key within the ttl', () => {
    const keys = new RecentKeys(1_000, 10);
    expect(keys.firstTime('a', 0)).toBe(true);
    expect(keys.firstTime('a', 500)).toBe(false);
    expect(keys.firstTime('b', 500)).toBe(true);
    expect(keys.firstTime('a', 1_500)).toBe(true);
  });

  it('stays bounded', () => {
    const keys = new RecentKeys(60_000, 3);
    for (const k of ['a', 'b', 'c', 'd']) keys.firstTime(k, 0);
    expect(keys.firstTime('a', 1)).toBe(true); // evicted as the oldest
  });
});

describe('authFailureStatus', () => {
  it('is 401 for bad credentials and 503 when keys cannot be fetched', () => {
    expect(authFailureStatus(Object.assign(new Error('Unauthorized'), { statusCode: 401 }))).toBe(
      401,
    );
    expect(
      authFailureStatus(
        Object.assign(new Error('invalid signature'), { name: 'JsonWebTokenError' }),
      ),
    ).toBe(401);
    expect(authFailureStatus(new TypeError('x'))).toBe(401);
    expect(authFailureStatus('weird')).toBe(401);
    expect(
      authFailureStatus(Object.assign(new Error('Failed to load Keys'), { statusCode: 500 })),
    ).toBe(503);
    expect(
      authFailureStatus(Object.assign(new Error('connect ECONNREFUSED'), { name: 'FetchError' })),
    ).toBe(503);
  });
});
