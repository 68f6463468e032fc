// In production a person is known only by the Entra object id Teams sends (aadObjectId): an
// activity without one stores nothing for anyone and gets a polite answer, so a caller cannot
// write under another person's key by choosing its `from.id`. The real bot and host in production
// mode, tokens from the local key server, replies returned inline (deliveryMode expectReplies).
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../src/config/config.js';
import { silentLogger } from '../../src/util/logger.js';
import { createServices } from '../../src/services.js';
import { startServer, type RunningServer } from '../../src/host/teams/server.js';
import * as A from '../helpers/activities.js';
import { post } from '../helpers/http.js';
import { startKeyServer, type KeyServer, productionEnv } from '../helpers/key-server.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const serviceUrl = 'https://smba.trafficmanager.net/teams/';
let keys: KeyServer;
let server: RunningServer;
let dataDir: string;

beforeAll(async () => {
  keys = await startKeyServer();
  dataDir = await mkdtemp(join(tmpdir(), 'smg-identity-'));
  const config = readConfig({
    ...productionEnv(keys, APP_ID),
    STORAGE: 'file',
    DATA_DIR: dataDir,
    SCHEDULER: 'off',
  });
  const { bot } = createServices(config);
  server = await startServer({ config, bot, logger: silentLogger(), port: 0, host: '127.0.0.1' });
});
afterAll(async () => {
  await server?.close();
  await keys?.close();
  await rm(dataDir, { recursive: true, force: true });
});

async function say(text: string, from: Record<string, unknown>) {
  const token = await keys.mint({ aud: APP_ID, serviceUrl });
  const activity = A.message(text, { serviceUrl, deliveryMode: 'expectReplies', from });
  const res = await post(`${server.url}/api/messages`, activity, {
    authorization: `Bearer ${token}`,
  });
  expect(res.status).toBe(200);
  const replies = (res.json as { activities?: { text?: string }[] }).activities ?? [];
  return replies.map((r) => r.text ?? '').join('\n');
}

const stored = async () =>
  (await readdir(dataDir, { recursive: true })).filter((f) => String(f).includes('pref/'));

describe('who a person is, in production', () => {
  it('stores nothing for an activity without an Entra object id, and says why', async () => {
    const victim = '00000000-0000-0000-0000-0000000000bb';
    const reply = await say('language fr', { id: victim, name: 'Someone' });
    expect(reply).toMatch(/Teams ne m'a pas indiqué qui vous êtes/);
    expect(await stored()).toEqual([]);
  });

  it('stores the preference of a person Teams names by Entra object id', async () => {
    const reply = await say('langue fr', A.USER);
    expect(reply).toMatch(/Je vous répondrai en français/);
    expect((await stored()).length).toBeGreaterThan(0);
  });
});
