// The serviceUrl allow-list (400), then authentication (401, the same for every caller without a
// valid token), then the channel (Teams only in production), the tenant fields' agreement and the
// tenant allow-list (ALLOWED_TENANTS): 403, before any bot logic. Real HTTP, real CloudAdapter,
// fake bot.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as A from '../../helpers/activities.js';
import { startTestHost, type TestHost } from '../../helpers/in-process.js';
import { post } from '../../helpers/http.js';
import { startKeyServer, type KeyServer, productionEnv } from '../../helpers/key-server.js';

const OTHER = '99999999-9999-9999-9999-999999999999';
const tag = (tenant: string) => createHash('sha256').update(tenant).digest('hex').slice(0, 12);
const withTenant = (activity: A.Activity, tenant: unknown) => ({
  ...activity,
  channelData: { tenant: { id: tenant } },
  conversation: { ...activity.conversation, tenantId: tenant },
});

describe('tenant allow-list, local mode', () => {
  let host: TestHost;
  let opts: A.Base;
  beforeAll(async () => {
    host = await startTestHost({ NODE_ENV: 'test', ALLOWED_TENANTS: A.TENANT.toUpperCase() });
    opts = { serviceUrl: host.stub.serviceUrl };
  });
  afterAll(() => host.close());
  beforeEach(() => host.stub.clear());

  it('serves an allowed tenant (ids compare case-insensitively)', async () => {
    const res = await post(host.messagesUrl, A.message('hello', opts));
    expect(res.status).toBe(200);
    await host.stub.waitFor(1);
  });

  const noBot = async (body: object, error = 'tenant not allowed') => {
    const received = host.stub.received;
    const before = [host.bot.messages.length, host.bot.actions.length, host.bot.installs.length];
    const res = await post(host.messagesUrl, body);
    expect(res.status).toBe(403);
    expect(res.json).toEqual({ error });
    await new Promise((r) => setTimeout(r, 50));
    expect([host.bot.messages.length, host.bot.actions.length, host.bot.installs.length]).toEqual(
      before,
    );
    expect(host.stub.received).toBe(received);
  };

  it.each([
    ['a message from another tenant', () => withTenant(A.message('hello', opts), OTHER)],
    [
      'a card action from another tenant',
      () => withTenant(A.cardAction('entry.show', {}, opts), OTHER),
    ],
    ['an install in another tenant', () => withTenant(A.installationUpdate('add', opts), OTHER)],
    ['no tenant at all', () => withTenant(A.message('hello', opts), undefined)],
    ['an empty tenant', () => withTenant(A.message('hello', opts), '')],
  ])('refuses %s with 403, before the bot and without sending', async (_name, activity) => {
    await noBot(activity());
  });

  it.each([
    ['another channelData tenant', { channelData: { tenant: { id: OTHER } } }],
    ['an allowed channelData tenant', { channelData: { tenant: { id: A.TENANT } } }],
  ])('refuses a conversation.tenantId that disagrees with %s (403)', async (_name, channelData) => {
    const activity = A.message('hello', opts);
    await noBot(
      {
        ...activity,
        ...channelData,
        conversation: {
          ...activity.conversation,
          tenantId: channelData.channelData.tenant.id === OTHER ? A.TENANT : OTHER,
        },
      },
      'tenant fields disagree',
    );
  });

  it('refuses a tenant id that is not a string as a malformed activity (400)', async () => {
    const calls = host.bot.messages.length;
    const res = await post(host.messagesUrl, withTenant(A.message('hello', opts), 42));
    expect(res.status).toBe(400);
    expect(res.json).toEqual({ error: "the activity's conversation is malformed" });
    expect(host.bot.messages).toHaveLength(calls);
  });

  it('falls back to conversation.tenantId when channelData has no tenant', async () => {
    const activity = { ...A.message('hello', opts), channelData: {} };
    expect((await post(host.messagesUrl, activity)).status).toBe(200);
    await noBot({ ...activity, conversation: { ...activity.conversation, tenantId: OTHER } });
  });

  it('logs the refusal with a hash of the tenant, never the id or the text', async () => {
    host.log.lines.splice(0);
    await post(host.messagesUrl, withTenant(A.message('secret question', opts), OTHER));
    const logged = host.log.text();
    expect(logged).toContain('tenant not allowed');
    expect(logged).toContain(tag(OTHER));
    expect(logged).not.toContain(OTHER);
    expect(logged).not.toContain('secret question');
  });
});

describe('tenant allow-list, authenticated mode', () => {
  const APP_ID = '11111111-2222-3333-4444-555555555555';
  const serviceUrl = 'https://smba.trafficmanager.net/teams/';
  let keys: KeyServer;
  let host: TestHost;
  beforeAll(async () => {
    keys = await startKeyServer();
    host = await startTestHost({
      ...productionEnv(keys, APP_ID),
      ALLOWED_TENANTS: A.TENANT,
    });
  });
  afterAll(async () => {
    await host.close();
    await keys.close();
  });

  const activity = () => A.message('hello', { serviceUrl, deliveryMode: 'expectReplies' });

  it('answers every caller without a valid token alike (401), whatever the tenant', async () => {
    const forged = keys.unsigned({ aud: APP_ID, serviceUrl });
    const attempts: Record<string, string>[] = [{}, { authorization: `Bearer ${forged}` }];
    for (const headers of attempts) {
      const allowed = await post(host.messagesUrl, activity(), headers);
      const other = await post(host.messagesUrl, withTenant(activity(), OTHER), headers);
      expect([allowed.status, other.status]).toEqual([401, 401]);
      expect(other.json).toEqual(allowed.json);
    }
    expect(host.bot.messages).toHaveLength(0);
  });

  it('refuses another tenant with 403 once the token is valid, before the bot', async () => {
    const token = await keys.mint({ aud: APP_ID, serviceUrl });
    const res = await post(host.messagesUrl, withTenant(activity(), OTHER), {
      authorization: `Bearer ${token}`,
    });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({ error: 'tenant not allowed' });
    expect(host.bot.messages).toHaveLength(0);
  });

  it('refuses a token whose tid names another tenant than the activity (403)', async () => {
    const token = await keys.mint({ aud: APP_ID, serviceUrl, tid: A.TENANT });
    const res = await post(host.messagesUrl, withTenant(activity(), OTHER), {
      authorization: `Bearer ${token}`,
    });
    expect(res.status).toBe(403);
    expect(res.json).toEqual({ error: 'tenant fields disagree' });
    expect(host.bot.messages).toHaveLength(0);
  });

  it.each(['webchat', 'directline', 'emulator', 'slack'])(
    'refuses the %s channel with a valid token (Teams only)',
    async (channelId) => {
      const token = await keys.mint({ aud: APP_ID, serviceUrl });
      const res = await post(
        host.messagesUrl,
        { ...activity(), channelId },
        { authorization: `Bearer ${token}` },
      );
      expect(res.status).toBe(403);
      expect(res.json).toEqual({ error: 'channel not allowed' });
      expect(host.bot.messages).toHaveLength(0);
    },
  );

  it('serves the allowed tenant with a valid token', async () => {
    const token = await keys.mint({ aud: APP_ID, serviceUrl });
    const res = await post(host.messagesUrl, activity(), { authorization: `Bearer ${token}` });
    expect(res.status).toBe(200);
    expect(host.bot.messages).toHaveLength(1);
  });

  it('refuses a token whose tid is not allowed, even for an allowed activity tenant', async () => {
    const [head, , sig] = (await keys.mint({ aud: APP_ID, serviceUrl })).split('.');
    const payload = Buffer.from(
      JSON.stringify({ aud: APP_ID, serviceurl: serviceUrl, tid: OTHER }),
    );
    const forged = `${head}.${payload.toString('base64url')}.${sig}`;
    const res = await post(host.messagesUrl, activity(), { authorization: `Bearer ${forged}` });
    expect(res.status).toBe(401);
    expect(host.log.text()).toContain('token tenant not allowed');
  });
});

describe('serviceUrl allow-list, local mode', () => {
  let host: TestHost;
  beforeAll(async () => {
    host = await startTestHost();
  });
  afterAll(() => host.close());

  it.each([
    ['a cloud metadata address', 'http://169.254.169.254/latest/meta-data/'],
    ['an arbitrary https host', 'https://attacker.example/'],
    ['a look-alike Teams host', 'https://smba.trafficmanager.net.attacker.example/'],
    ['no serviceUrl', undefined],
    ['a serviceUrl that is not a string', { href: 'http://127.0.0.1/' }],
  ])('refuses %s with 400, before the bot', async (_name, serviceUrl) => {
    const calls = host.bot.messages.length + host.bot.actions.length;
    for (const activity of [
      A.message('hello', { serviceUrl: '' }),
      A.cardAction('entry.show', {}, { serviceUrl: '' }),
    ]) {
      const res = await post(host.messagesUrl, { ...activity, serviceUrl });
      expect(res.status).toBe(400);
      expect(res.json).toEqual({ error: 'serviceUrl not allowed' });
    }
    expect(host.bot.messages.length + host.bot.actions.length).toBe(calls);
    expect(host.stub.received).toBe(0);
  });
});
