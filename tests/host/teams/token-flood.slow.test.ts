// A flood of forged tokens, each with a new tenant id (tid), must not grow the process. Without the
// host's token guard it does: botbuilder's EmulatorValidation.isTokenFromEmulator() adds four issuer
// strings per unseen tid to a process-wide array before any signature check (see
// src/host/teams/token-guard.ts). The first test floods the real host over HTTP; the second sends the same
// tokens to botbuilder's authenticateRequest directly, to show what the guard prevents.
import { randomBytes, randomUUID } from 'node:crypto';
import { ConfigurationBotFrameworkAuthentication, type Activity } from 'botbuilder';
import { EmulatorValidation } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig, type Config } from '../../../src/config/config.js';
import { silentLogger } from '../../../src/util/logger.js';
import { startServer, type RunningServer } from '../../../src/host/teams/server.js';
import * as A from '../../helpers/activities.js';
import { createFakeBot } from '../../helpers/fake-bot.js';
import { flood } from '../../helpers/flood.js';
import { mb, settledHeapUsed } from '../../helpers/heap.js';
import { startKeyServer, type KeyServer, productionEnv } from '../../helpers/key-server.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';
const SERVICE_URL = 'https://smba.trafficmanager.net/teams/';
const FLOOD = 20_000;
/** The flood stops at this deadline on a slow or busy machine; it must still have sent MIN_SENT. */
const FLOOD_DEADLINE_MS = 20_000;
const MIN_SENT = 5_000;
/**
 * botbuilder scans its whole list for every token (quadratic time), so the direct run uses a slice:
 * the flood's tokens with a 1 KB tid (about 4 KB kept per token, against ~550 bytes for a GUID).
 */
const DIRECT = 4_000; // about 18 MB kept: well clear of the 10 MB asserted, whatever the GC did meanwhile
const BOUND_BYTES = 5e6;

const issuers = EmulatorValidation.ToBotFromEmulatorTokenValidationParameters.issuer as string[];
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

let keys: KeyServer;
let config: Config;
let server: RunningServer;
let tokens: string[];
const activity = A.message('hello', { serviceUrl: SERVICE_URL, deliveryMode: 'expectReplies' });

/**
 * Forged tokens, each with a random tid: half carry the published kid and a real signature from
 * another token (they fail only at the signature check) with a GUID tid; a quarter carry a 1 KB tid;
 * the rest are unsigned (alg "none") or name a key that does not exist.
 */
function forgedTokens(valid: string, count: number): string[] {
  const [head = '', , signature = ''] = valid.split('.');
  const now = Math.floor(Date.now() / 1000);
  // iss is the public channel issuer (not the key server's), so botbuilder stops before verifying:
  // the growth happens earlier, whatever the issuer, and the direct run stays quiet and fast.
  const claims = (tid: string) => ({
    iss: 'https://api.botframework.com',
    aud: APP_ID,
    serviceurl: SERVICE_URL,
    nbf: now - 60,
    exp: now + 3600,
    tid,
  });
  return Array.from({ length: count }, (_, i) => {
    switch (i % 8) {
      case 0:
      case 2:
        return `${head}.${b64(claims(randomBytes(512).toString('hex')))}.${signature}`;
      case 4:
        return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims(randomUUID()))}.`;
      case 6:
        return `${b64({ alg: 'RS256', kid: randomUUID() })}.${b64(claims(randomUUID()))}.${signature}`;
      default:
        return `${head}.${b64(claims(randomUUID()))}.${signature}`;
    }
  });
}

beforeAll(async () => {
  keys = await startKeyServer();
  config = readConfig({
    ...productionEnv(keys, APP_ID),
  });
  // No allow-list: any tenant may use the bot, so the tid check cannot help; the signature must.
  expect(config.allowedTenants).toEqual([]);
  server = await startServer({
    config,
    bot: createFakeBot(),
    logger: silentLogger(),
    port: 0,
    host: '127.0.0.1',
  });
  tokens = forgedTokens(await keys.mint({ aud: APP_ID, serviceUrl: SERVICE_URL }), FLOOD);
});
afterAll(async () => {
  await server.close();
  await keys.close();
});

describe('a flood of forged tokens with random tenant ids', () => {
  it('is refused with 401 and does not grow the heap', { timeout: 60_000 }, async () => {
    const url = `${server.url}/api/messages`;
    const body = JSON.stringify(activity);
    // Warm up (connections, the key cache), then measure. The first few thousand requests grow the heap by ~7 MB, once (lazy initialisation, compiled
    // code), and so does handing the client worker a large token list for the first time (~4 MB):
    // the warm-up does both, with the same list. After that the heap is flat, flood after flood.
    const warm = await flood({ url, body, tokens, count: 3_000 });
    expect(warm.statuses).toEqual({ '401': 3_000 });
    const issuersBefore = issuers.length;
    const keyReads = keys.requests.keys;
    const before = await settledHeapUsed();
    const result = await flood({ url, body, tokens, count: FLOOD, deadlineMs: FLOOD_DEADLINE_MS });
    const after = await settledHeapUsed();
    const growth = after - before;
    console.info(
      `guarded: ${result.sent} requests in ${result.ms} ms, heap ${mb(before)} → ${mb(after)} MB ` +
        `(${growth >= 0 ? '+' : ''}${mb(growth)} MB), botbuilder issuers ${issuers.length}`,
    );
    expect(result.sent).toBeGreaterThanOrEqual(MIN_SENT);
    expect(result.statuses).toEqual({ '401': result.sent });
    expect(issuers.length).toBe(issuersBefore); // nothing reached botbuilder's list
    expect(keys.requests.keys).toBe(keyReads); // unknown kids did not trigger key re-reads
    expect(growth).toBeLessThan(BOUND_BYTES);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it(
    'WITHOUT the guard, the same tokens grow botbuilder for good',
    { timeout: 60_000 },
    async () => {
      const auth = new ConfigurationBotFrameworkAuthentication({ ...config.botFramework });
      const sample = tokens.filter((_, i) => i % 8 === 0 || i % 8 === 2).slice(0, DIRECT);
      expect(sample).toHaveLength(DIRECT);
      const length = issuers.length;
      const before = await settledHeapUsed();
      const started = Date.now();
      let refused = 0;
      for (let i = 0; i < sample.length; i += 50) {
        await Promise.all(
          sample.slice(i, i + 50).map((token) =>
            auth.authenticateRequest(activity as unknown as Activity, `Bearer ${token}`).then(
              () => undefined,
              () => void refused++,
            ),
          ),
        );
      }
      const after = await settledHeapUsed();
      const growth = after - before;
      const added = issuers.length - length;
      console.info(
        `unguarded: ${DIRECT} tokens in ${Date.now() - started} ms, heap ${mb(before)} → ${mb(after)} MB ` +
          `(+${mb(growth)} MB), botbuilder issuers +${added}`,
      );
      try {
        expect(refused).toBe(DIRECT); // botbuilder refuses them too…
        expect(added).toBe(4 * DIRECT); // …but keeps four issuers per unseen tid
        expect(growth).toBeGreaterThan(2 * BOUND_BYTES);
      } finally {
        issuers.splice(length); // leave botbuilder's list as this file found it
      }
    },
  );
});
