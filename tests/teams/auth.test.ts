// Authentication against a local OpenID issuer (tests/helpers/key-server.ts) through botbuilder's
// own validation: ToBotFromChannelOpenIdMetadataUrl/TokenIssuer point at the key server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as A from '../helpers/activities.js';
import { lengthCard } from '../helpers/fake-bot.js';
import { startTestHost, type TestHost } from '../helpers/host.js';
import { post } from '../helpers/http.js';
import { startKeyServer, type KeyServer } from '../helpers/key-server.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
let keys: KeyServer;
let host: TestHost;
let serviceUrl: string;

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
  serviceUrl = host.stub.serviceUrl;
});
afterAll(async () => {
  await host.close();
  await keys.close();
});

/** expectReplies: the replies come back in the HTTP body, so no outbound token is needed. */
const activity = () => A.message('hello', { serviceUrl, deliveryMode: 'expectReplies' });
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
  ];

  it.each(rejected)('answers %s with 401 and an empty body', async (_name, headers) => {
    const calls = host.bot.messages.length;
    const res = await post(host.messagesUrl, activity(), await headers());
    expect(res.status).toBe(401);
    expect(res.text).toBe('');
    expect(host.bot.messages).toHaveLength(calls);
  });

  it('does not warn about local mode', () => {
    expect(host.log.text()).not.toContain('authentication is OFF');
  });

  it('does not log tokens', () => {
    expect(host.log.text()).not.toMatch(/eyJ[\w-]{10,}/);
    expect(host.log.text()).toContain('request not authenticated');
  });
});
