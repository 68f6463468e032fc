// Authentication against a local OpenID issuer (tests/helpers/key-server.ts) through the host's
// token guard and botbuilder's own validation: ToBotFromChannelOpenIdMetadataUrl/TokenIssuer point
// at the key server. Outside local mode only Teams serviceUrls are allowed, so the activities use
// the public Teams one with expectReplies (the replies come back in the body: nothing is sent).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as A from '../../helpers/activities.js';
import { lengthCard } from '../../helpers/fake-bot.js';
import { startTestHost, type TestHost } from '../../helpers/in-process.js';
import { post } from '../../helpers/http.js';
import { startKeyServer, type KeyServer } from '../../helpers/key-server.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
let keys: KeyServer;
let host: TestHost;
const serviceUrl = 'https://smba.trafficmanager.net/teams/';

beforeAll(async () => {
  keys = await startKeyServer();
  host = await startTestHost({
    NODE_ENV: 'production',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'not-a-real-secret',
    USER_KEY_SECRET: 'test-secret-test-secret-test-secret',
    MicrosoftAppType: 'MultiTenant',
    ToBotFromChannelOpenIdMetadataUrl: keys.metadataUrl,
    ToBotFromChannelTokenIssuer: keys.issuer,
    // Setting any of these makes botbuilder drop all its defaults (readConfig insists on the set).
    ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
    ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  });
});
afterAll(async () => {
  await host.close();
  await keys.close();
});

/** expectReplies: the replies come back in the HTTP body, so no outbound token is needed. */
const activity = (extra: Record<string, unknown> = {}) =>
  A.message('hello', { serviceUrl, deliveryMode: 'expectReplies', ...extra });
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('with authentication configured', () => {
  it('accepts a valid channel token and returns the replies in the body', async () => {
    const token = await keys.mint({ aud: APP_ID, serviceUrl });
    const res = await post(host.messagesUrl, activity(), bearer(token));
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      activities: [{ type: 'message', attachments: [{ content: lengthCard(5) }] }],
    });
    expect(host.stub.captured).toHaveLength(0);
  });

  it('accepts a valid token for an invoke', async () => {
    const token = await keys.mint({ aud: APP_ID, serviceUrl });
    const res = await post(
      host.messagesUrl,
      A.cardAction('entry.show', {}, { serviceUrl }),
      bearer(token),
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ statusCode: 200, value: lengthCard(2) });
  });

  const rejected: [string, () => Promise<Record<string, string>>][] = [
    ['no token', () => Promise.resolve({})],
    ['a non-bearer scheme', () => Promise.resolve({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a token that is not a JWT', () => Promise.resolve(bearer('not.a.jwt'))],
    [
      'a token signed by another key (unknown kid)',
      async () =>
        bearer(await keys.mint({ aud: APP_ID, serviceUrl, foreignKey: true, kid: 'other-key' })),
    ],
    [
      'a token signed by another key (published kid)',
      async () => bearer(await keys.mint({ aud: APP_ID, serviceUrl, foreignKey: true })),
    ],
    ['alg "none"', () => Promise.resolve(bearer(keys.unsigned({ aud: APP_ID, serviceUrl })))],
    [
      'an expired token',
      async () => bearer(await keys.mint({ aud: APP_ID, serviceUrl, expiresIn: -3600 })),
    ],
    ['a wrong audience', async () => bearer(await keys.mint({ aud: 'someone-else', serviceUrl }))],
    [
      'a wrong issuer',
      async () => bearer(await keys.mint({ aud: APP_ID, serviceUrl, iss: 'https://evil.test' })),
    ],
    [
      'a serviceUrl claim for another service',
      async () => bearer(await keys.mint({ aud: APP_ID, serviceUrl: 'https://elsewhere.test/' })),
    ],
    ['a lower-case scheme', async () => ({ authorization: `bearer ${await valid()}` })],
    ['two spaces', async () => ({ authorization: `Bearer  ${await valid()}` })],
    ['a token over 8 KB', () => Promise.resolve(bearer(`${'a'.repeat(9000)}.b.c`))],
    [
      'a token whose payload was swapped (signature of another token)',
      async () => {
        const [head, , sig] = (await valid()).split('.');
        return bearer(
          `${head}.${b64({ aud: APP_ID, serviceurl: serviceUrl, iss: keys.issuer })}.${sig}`,
        );
      },
    ],
    [
      'a forged token carrying a tenant id',
      async () => {
        const [head, , sig] = (await valid()).split('.');
        const tid = '12345678-1234-1234-1234-123456789abc';
        return bearer(`${head}.${b64({ aud: APP_ID, serviceurl: serviceUrl, tid })}.${sig}`);
      },
    ],
    [
      'a header that is not JSON',
      async () => bearer(`bm90IGpzb24.${(await valid()).split('.').slice(1).join('.')}`),
    ],
    [
      'a tenant id that is not a GUID',
      async () => {
        const [head, , sig] = (await valid()).split('.');
        return bearer(`${head}.${b64({ aud: APP_ID, tid: 'x'.repeat(500) })}.${sig}`);
      },
    ],
  ];
  const valid = () => keys.mint({ aud: APP_ID, serviceUrl });

  it.each(rejected)('answers %s with 401 and an empty body', async (_name, headers) => {
    const calls = host.bot.messages.length;
    const res = await post(host.messagesUrl, activity(), await headers());
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
    expect(host.bot.messages).toHaveLength(calls);
  });

  it('refuses a loopback serviceUrl with 400, even with a valid token for it', async () => {
    const loopback = 'http://127.0.0.1:9/';
    const token = await keys.mint({ aud: APP_ID, serviceUrl: loopback });
    const calls = host.bot.messages.length;
    const res = await post(host.messagesUrl, activity({ serviceUrl: loopback }), bearer(token));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: 'serviceUrl not allowed' });
    expect(host.bot.messages).toHaveLength(calls);
  });

  it('does not warn about local mode', () => {
    expect(host.log.text()).not.toContain('authentication is OFF');
  });

  it('does not log tokens', () => {
    expect(host.log.text()).not.toMatch(/eyJ[\w-]{10,}/);
    expect(host.log.text()).toContain('request not authenticated');
  });

  it('fetched the keys once for all these requests', () => {
    // the guard's cache and botbuilder's each read the metadata once; unknown kids add no re-read
    expect(keys.requests.metadata).toBeLessThanOrEqual(2);
    expect(keys.requests.keys).toBeLessThanOrEqual(2);
  });
});
