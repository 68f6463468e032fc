// The token guard in front of botbuilder (src/host/teams/token-guard.ts) and its key cache
// (src/host/teams/channel-keys.ts), against the local key server.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AuthenticationConstants, GovernmentConstants } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  channelMetadataUrl,
  createChannelKeys,
  GOV_CHANNEL_METADATA_URL,
  GOV_CHANNEL_SERVICE,
  KeysUnavailableError,
  PUBLIC_CHANNEL_METADATA_URL,
  type ChannelKeys,
} from '../../../src/host/teams/channel-keys.js';
import { createTokenGuard, parseBearer } from '../../../src/host/teams/token-guard.js';
import { startKeyServer, type KeyServer } from '../../helpers/key-server.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://smba.trafficmanager.net/teams/';
const TID = '0000000a-0000-0000-0000-00000000000b';
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

let keys: KeyServer;
let valid: string;
beforeAll(async () => {
  keys = await startKeyServer();
  valid = await keys.mint({ aud: APP_ID, serviceUrl: SERVICE_URL });
});
afterAll(() => keys.close());

describe('parseBearer', () => {
  const head = b64({ alg: 'RS256', kid: 'k1', typ: 'JWT' });
  const body = b64({ aud: APP_ID, tid: TID.toUpperCase() });

  it('reads a compact RS256 JWS with a kid', () => {
    const parsed = parseBearer(`Bearer ${head}.${body}.c2ln`);
    expect(parsed).toMatchObject({ ok: true, token: { kid: 'k1', tid: TID } });
  });

  it.each([
    ['no header', undefined, 'no bearer token'],
    ['an array header', ['Bearer a.b.c'], 'no bearer token'],
    ['Basic', 'Basic dXNlcjpwYXNz', 'no bearer token'],
    ['"bearer"', `bearer ${head}.${body}.c2ln`, 'no bearer token'],
    ['over 8 KB', `Bearer ${'a'.repeat(8200)}.b.c`, 'token too large'],
    ['two parts', `Bearer ${head}.${body}`, 'not a signed JWT'],
    ['an empty signature (alg none style)', `Bearer ${head}.${body}.`, 'not a signed JWT'],
    ['padding', `Bearer ${head}.${body}.c2ln==`, 'not a signed JWT'],
    ['a trailing space', `Bearer ${head}.${body}.c2ln `, 'not a signed JWT'],
    ['a header that is not JSON', `Bearer bm9wZQ.${body}.c2ln`, 'unreadable token header'],
    ['a header that is an array', `Bearer ${b64([1])}.${body}.c2ln`, 'unreadable token header'],
    ['alg none', `Bearer ${b64({ alg: 'none', kid: 'k' })}.${body}.c2ln`, 'algorithm not RS256'],
    ['alg HS256', `Bearer ${b64({ alg: 'HS256', kid: 'k' })}.${body}.c2ln`, 'algorithm not RS256'],
    ['no kid', `Bearer ${b64({ alg: 'RS256' })}.${body}.c2ln`, 'no key id'],
    ['a numeric kid', `Bearer ${b64({ alg: 'RS256', kid: 7 })}.${body}.c2ln`, 'no key id'],
    ['a payload that is not JSON', `Bearer ${head}.bm9wZQ.c2ln`, 'unreadable token payload'],
    ['a payload that is a string', `Bearer ${head}.${b64('x')}.c2ln`, 'unreadable token payload'],
    ['a numeric tid', `Bearer ${head}.${b64({ tid: 5 })}.c2ln`, 'malformed tenant id'],
    ['a long tid', `Bearer ${head}.${b64({ tid: 'a'.repeat(600) })}.c2ln`, 'malformed tenant id'],
  ])('refuses %s', (_name, header, reason) => {
    expect(parseBearer(header)).toEqual({ ok: false, reason });
  });
});

describe('createTokenGuard', () => {
  const counting = (inner: ChannelKeys) => {
    let calls = 0;
    return {
      keys: { get: (kid: string) => (calls++, inner.get(kid)) } satisfies ChannelKeys,
      calls: () => calls,
    };
  };

  it('passes a token signed by the published key, refuses a forged one', async () => {
    const guard = createTokenGuard({
      keys: createChannelKeys(keys.metadataUrl),
      allowedTenants: [],
    });
    expect(await guard.check(`Bearer ${valid}`)).toEqual({ ok: true });
    const [head, , sig] = valid.split('.');
    const forged = `${head}.${b64({ aud: APP_ID, tid: TID })}.${sig}`;
    expect(await guard.check(`Bearer ${forged}`)).toMatchObject({
      status: 401,
      reason: 'bad signature',
    });
    const foreign = await keys.mint({ aud: APP_ID, serviceUrl: SERVICE_URL, foreignKey: true });
    expect(await guard.check(`Bearer ${foreign}`)).toMatchObject({ reason: 'bad signature' });
    const unknownKid = await keys.mint({ aud: APP_ID, serviceUrl: SERVICE_URL, kid: 'nope' });
    expect(await guard.check(`Bearer ${unknownKid}`)).toMatchObject({
      reason: 'unknown signing key',
    });
  });

  it('refuses a tid outside the allow-list before any key look-up', async () => {
    const { keys: spy, calls } = counting(createChannelKeys(keys.metadataUrl));
    const guard = createTokenGuard({ keys: spy, allowedTenants: [TID] });
    const [head, , sig] = valid.split('.');
    const other = `${head}.${b64({ tid: '99999999-9999-9999-9999-999999999999' })}.${sig}`;
    expect(await guard.check(`Bearer ${other}`)).toMatchObject({
      status: 401,
      reason: 'token tenant not allowed',
    });
    expect(calls()).toBe(0);
    // an allowed tid, or none, goes on to the signature check
    expect(await guard.check(`Bearer ${head}.${b64({ tid: TID })}.${sig}`)).toMatchObject({
      reason: 'bad signature',
    });
    expect(await guard.check(`Bearer ${valid}`)).toEqual({ ok: true });
  });

  it('answers 503 when the keys cannot be fetched', async () => {
    const guard = createTokenGuard({
      keys: createChannelKeys('http://127.0.0.1:9/.well-known/openid-configuration'),
      allowedTenants: [],
    });
    expect(await guard.check(`Bearer ${valid}`)).toEqual({
      ok: false,
      status: 503,
      reason: 'signing keys unavailable',
    });
  });
});

describe('createChannelKeys', () => {
  it('reads the keys once, and re-reads for unknown kids at most once per cooldown', async () => {
    let t = 1_000_000;
    const before = { ...keys.requests };
    const cache = createChannelKeys(keys.metadataUrl, {
      now: () => t,
      unknownKidCooldownMs: 60_000,
    });
    const fetched = () => keys.requests.keys - before.keys;
    await Promise.all(Array.from({ length: 20 }, () => cache.get(keys.kid)));
    expect(fetched()).toBe(1);
    for (let i = 0; i < 50; i++) expect(await cache.get(`unknown-${i}`)).toBeUndefined();
    expect(fetched()).toBe(1); // just read: within the cooldown
    t += 61_000;
    await Promise.all(Array.from({ length: 20 }, (_, i) => cache.get(`later-${i}`)));
    expect(fetched()).toBe(2); // one shared re-read
    expect(await cache.get(keys.kid)).toBeDefined();
  });

  it('refreshes stale keys, and keeps the old ones when the refresh fails', async () => {
    const own = await startKeyServer();
    let t = 0;
    const cache = createChannelKeys(own.metadataUrl, { now: () => t, refreshMs: 1_000 });
    expect(await cache.get(own.kid)).toBeDefined();
    t += 5_000;
    expect(await cache.get(own.kid)).toBeDefined();
    expect(own.requests.keys).toBe(2); // stale: read again
    await own.close();
    t += 5_000;
    expect(await cache.get(own.kid)).toBeDefined(); // the refresh failed: the old keys still serve
  });

  it('fails fast during an outage: one fetch per cooldown, not one per request', async () => {
    let hits = 0;
    const down = createServer((_req, res) => {
      hits += 1;
      res.statusCode = 500; // not writeHead(…).end(): restify, once loaded, makes writeHead return nothing
      res.end();
    });
    await new Promise<void>((resolve) => down.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(down.address() as AddressInfo).port}/meta`;
    let t = 0;
    const cache = createChannelKeys(url, { now: () => t, failureCooldownMs: 10_000 });
    const get = () =>
      cache.get('k').then(
        () => 'ok',
        (e: unknown) => (e instanceof KeysUnavailableError ? 'unavailable' : 'other'),
      );
    const first = await Promise.all(Array.from({ length: 20 }, get));
    expect(new Set(first)).toEqual(new Set(['unavailable']));
    for (let i = 0; i < 100; i++) expect(await get()).toBe('unavailable');
    expect(hits).toBe(1);
    t += 11_000;
    expect(await get()).toBe('unavailable');
    expect(hits).toBe(2);
    await new Promise<void>((resolve) => down.close(() => resolve()));
  });

  it("resolves the metadata URL as botbuilder's ConfigurationBotFrameworkAuthentication does", () => {
    expect(PUBLIC_CHANNEL_METADATA_URL).toBe(
      AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    );
    expect(GOV_CHANNEL_METADATA_URL).toBe(GovernmentConstants.ToBotFromChannelOpenIdMetadataUrl);
    expect(GOV_CHANNEL_SERVICE).toBe(GovernmentConstants.ChannelService);
    expect(channelMetadataUrl({})).toBe(PUBLIC_CHANNEL_METADATA_URL);
    expect(channelMetadataUrl({ ChannelService: GOV_CHANNEL_SERVICE })).toBe(
      GOV_CHANNEL_METADATA_URL,
    );
    expect(channelMetadataUrl({ BotOpenIdMetadata: 'https://a.test/m' })).toBe('https://a.test/m');
    expect(
      channelMetadataUrl({
        BotOpenIdMetadata: 'https://a.test/m',
        ToBotFromChannelOpenIdMetadataUrl: 'https://b.test/m',
      }),
    ).toBe('https://b.test/m');
  });
});
