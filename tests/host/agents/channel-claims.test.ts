// The Agents host's checks of a channel token's claims (after the shared guard verified its
// signature), one refusal per claim, as botbuilder's channel validation refuses them.
import { describe, expect, it } from 'vitest';
import { CLOCK_SKEW_S, claimsOf, claimsRefusal } from '../../../src/host/agents/channel-claims.js';

const NOW = 1_800_000_000;
const expected = {
  issuer: 'https://api.botframework.com',
  audience: 'app-id',
  serviceUrl: 'https://smba.trafficmanager.net/teams/',
  nowS: NOW,
};
const good = {
  iss: expected.issuer,
  aud: expected.audience,
  serviceurl: expected.serviceUrl,
  nbf: NOW - 60,
  exp: NOW + 3600,
};
const bearer = (payload: unknown) =>
  `Bearer e30.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`;

describe('channel token claims', () => {
  it('accepts the channel’s token for this bot and this serviceUrl', () => {
    expect(claimsRefusal(claimsOf(bearer(good)), expected)).toBeUndefined();
    expect(claimsRefusal({ ...good, aud: ['other', 'app-id'] }, expected)).toBeUndefined();
  });

  it.each([
    ['wrong issuer', { iss: 'https://sts.windows.net/someone/' }],
    ['wrong audience', { aud: 'another-bot' }],
    ['expired', { exp: NOW - CLOCK_SKEW_S - 1 }],
    ['expired', { exp: undefined }],
    ['not yet valid', { nbf: NOW + CLOCK_SKEW_S + 1 }],
    ['serviceUrl does not match the token', { serviceurl: 'https://attacker.example.com/' }],
    ['serviceUrl does not match the token', { serviceurl: undefined }],
  ] as const)('refuses a token: %s', (reason, change) => {
    expect(claimsRefusal({ ...good, ...change }, expected)).toBe(reason);
  });

  it('allows five minutes of clock skew either way', () => {
    expect(claimsRefusal({ ...good, exp: NOW - CLOCK_SKEW_S + 1 }, expected)).toBeUndefined();
    expect(claimsRefusal({ ...good, nbf: NOW + CLOCK_SKEW_S - 1 }, expected)).toBeUndefined();
  });

  it('refuses what is not a JWT payload', () => {
    expect(claimsOf('Bearer nothing')).toBeUndefined();
    expect(claimsOf(`Bearer e30.${Buffer.from('[1]').toString('base64url')}.x`)).toBeUndefined();
    expect(claimsRefusal(undefined, expected)).toBe('unreadable claims');
  });
});
