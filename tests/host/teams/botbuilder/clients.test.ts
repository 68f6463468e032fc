// Turn clients made once, not per turn: the real adapter, authenticating real activities, hands the
// same connector client to every turn for one service URL, another for another URL, and the same
// user-token client; proactive sends still get a client of their own (their retries are stripped).
import type { Activity } from 'botbuilder';
import { afterEach, describe, expect, it } from 'vitest';
import { readConfig } from '../../../../src/config/config.js';
import { silentLogger } from '../../../../src/util/logger.js';
import { ClientCache } from '../../../../src/host/teams/client-cache.js';
import {
  createAdapter,
  type BotbuilderTurn,
} from '../../../../src/host/teams/botbuilder/adapter.js';
import { createProactiveSender } from '../../../../src/host/teams/proactive.js';
import {
  startThrottlingConnector,
  type ThrottlingConnector,
} from '../../../helpers/throttling-connector.js';

let connector: ThrottlingConnector | undefined;
afterEach(async () => {
  await connector?.close();
  connector = undefined;
});

const message = (serviceUrl: string, n: number): Activity =>
  ({
    type: 'message',
    id: `m-${n}`,
    channelId: 'msteams',
    serviceUrl,
    text: 'hello',
    from: { id: '29:user', name: 'User' },
    recipient: { id: '28:bot-id', name: 'Bot' },
    conversation: { id: `a:conv-${n}`, conversationType: 'personal' },
  }) as Activity;

/** Runs one turn through the adapter and returns the clients it was given. */
async function clientsOfTurn(adapter: ReturnType<typeof createAdapter>, activity: Activity) {
  const seen: { connector?: unknown; userToken?: unknown } = {};
  const auth = await adapter.authenticate(activity, '');
  await adapter.run(auth, activity, async (turn) => {
    const { context } = turn as BotbuilderTurn;
    seen.connector = context.turnState.get(adapter.ConnectorClientKey);
    seen.userToken = context.turnState.get(adapter.UserTokenClientKey);
    await context.sendActivity('reply');
  });
  return seen;
}

describe('turn clients', () => {
  it('reuses one connector client per service URL, and one user-token client', async () => {
    connector = await startThrottlingConnector();
    const other = await startThrottlingConnector();
    try {
      const adapter = createAdapter(readConfig({ NODE_ENV: 'test' }), silentLogger());
      const first = await clientsOfTurn(adapter, message(connector.serviceUrl, 1));
      const second = await clientsOfTurn(adapter, message(connector.serviceUrl, 2));
      const elsewhere = await clientsOfTurn(adapter, message(other.serviceUrl, 3));
      expect(first.connector).toBeDefined();
      expect(second.connector).toBe(first.connector);
      expect(elsewhere.connector).not.toBe(first.connector);
      expect(first.userToken).toBeDefined();
      expect(second.userToken).toBe(first.userToken);
      // Every reply was posted, each through its turn's service URL.
      expect(connector.accepted).toHaveLength(2);
      expect(other.accepted).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it('gives a proactive send its own client, so stripping its retries never touches turns', async () => {
    connector = await startThrottlingConnector();
    const adapter = createAdapter(readConfig({ NODE_ENV: 'test' }), silentLogger());
    const turn = await clientsOfTurn(adapter, message(connector.serviceUrl, 1));
    const sender = createProactiveSender(adapter, undefined, {});
    await sender.send(
      {
        channelId: 'msteams',
        serviceUrl: connector.serviceUrl,
        conversation: { id: '19:c@thread.tacv2', conversationType: 'channel', tenantId: 't' },
        bot: { id: '28:bot-id', name: 'Bot' },
      },
      { lang: 'en', text: 'weekly' },
    );
    const later = await clientsOfTurn(adapter, message(connector.serviceUrl, 2));
    expect(later.connector).toBe(turn.connector);
    const policies = (
      turn.connector as { client: { pipeline: { getOrderedPolicies(): { name: string }[] } } }
    ).client.pipeline
      .getOrderedPolicies()
      .map((p) => p.name);
    expect(policies).toContain('defaultRetryPolicy');
    expect(connector.accepted).toHaveLength(3);
  });
});

describe('ClientCache', () => {
  it('makes a client once per key, and forgets the oldest past its size', async () => {
    const cache = new ClientCache<number>(2);
    let made = 0;
    const make = () => Promise.resolve(++made);
    expect(await cache.get('a', make)).toBe(1);
    expect(await cache.get('a', make)).toBe(1);
    expect(await cache.get('b', make)).toBe(2);
    expect(await cache.get('c', make)).toBe(3);
    expect(cache.size).toBe(2);
    expect(await cache.get('a', make)).toBe(4);
  });

  it('does not keep a failed creation', async () => {
    const cache = new ClientCache<string>();
    await expect(cache.get('k', () => Promise.reject(new Error('no')))).rejects.toThrow('no');
    expect(cache.size).toBe(0);
    expect(await cache.get('k', () => Promise.resolve('ok'))).toBe('ok');
  });
});
