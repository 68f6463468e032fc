// The proactive sender over real HTTP, through botbuilder's CloudAdapter, against a fake Bot
// Connector: only our retry policy resends, never the Azure SDK's, and a failed send is reported
// to the caller instead of reaching the adapter's onTurnError (which would post an apology).
import { afterEach, describe, expect, it } from 'vitest';
import type { ConversationReference, TurnContext } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import { readConfig } from '../../../../src/config/config.js';
import { silentLogger } from '../../../../src/util/logger.js';
import { createAdapter } from '../../../../src/host/teams/botbuilder/adapter.js';
import { createProactiveSender, SendError } from '../../../../src/host/teams/proactive.js';
import {
  disableSdkRetries,
  SDK_RETRY_POLICY,
  SdkRetryError,
} from '../../../../src/host/teams/botbuilder/send-connector.js';
import { createScheduleStore } from '../../../../src/features/schedule/store.js';
import { nextRun } from '../../../../src/features/schedule/schedule.js';
import { makeSchedule } from '../../../features/schedule/fixtures.js';
import { startBotHost, type BotHost } from '../../../helpers/in-process.js';
import {
  startThrottlingConnector,
  type ThrottlingConnector,
} from '../../../helpers/throttling-connector.js';

let connector: ThrottlingConnector;
const hosts: BotHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await connector?.close();
});

const reference = (serviceUrl: string, n = 1) => ({
  channelId: 'msteams',
  serviceUrl,
  conversation: {
    id: `19:retry-${n}@thread.tacv2`,
    conversationType: 'channel',
    tenantId: 'tenant-a',
  },
  bot: { id: '28:bot-id', name: 'Social Media Guidance' },
});
const reply = { lang: 'en' as const, text: 'What would you do?' };

/** The real host (startServer), whose `proactive` is what the scheduler gets in production. */
async function realHost(): Promise<BotHost> {
  const h = await startBotHost();
  hosts.push(h);
  return h;
}

/** A sender on the same adapter as the host's, with test options (no real sleeps). */
function senderWith(options: Parameters<typeof createProactiveSender>[2]) {
  const adapter = createAdapter(readConfig({ NODE_ENV: 'test' }), silentLogger());
  return createProactiveSender(adapter, undefined, options);
}
const noSleep = { sleep: () => Promise.resolve(), random: () => 0 };

const settle = () => new Promise((r) => setTimeout(r, 300));

describe('proactive sender: retries are ours alone', () => {
  it('503 once, then 200: exactly 2 requests, one message stored', async () => {
    connector = await startThrottlingConnector();
    const h = await realHost();
    connector.script(503);
    const { id } = await h.server.proactive.send(reference(connector.serviceUrl), reply);
    await settle();
    expect(connector.requests).toBe(2);
    expect(connector.accepted).toHaveLength(1);
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('500 (not retryable): exactly 1 request, failed — the SDK would have sent it again', async () => {
    connector = await startThrottlingConnector();
    const h = await realHost();
    connector.script(500, 200, 200, 200);
    const error = await h.server.proactive
      .send(reference(connector.serviceUrl), reply)
      .catch((e: unknown) => e);
    await settle();
    expect(error).toBeInstanceOf(SendError);
    expect(error).toMatchObject({ code: 'failed', status: 500 });
    expect(connector.requests).toBe(1);
    expect(connector.accepted).toHaveLength(0);
  });

  it('a connection reset after the request arrived: exactly 1 request, failed', async () => {
    connector = await startThrottlingConnector();
    const h = await realHost();
    connector.script('reset', 200, 200, 200);
    await expect(
      h.server.proactive.send(reference(connector.serviceUrl), reply),
    ).rejects.toMatchObject({ code: 'failed', reason: 'ECONNRESET' });
    await settle();
    expect(connector.requests).toBe(1);
  });

  it('403: blocked at once, exactly 1 request, and no apology posted by onTurnError', async () => {
    connector = await startThrottlingConnector();
    const h = await realHost();
    connector.script(403, 200, 200);
    await expect(
      h.server.proactive.send(reference(connector.serviceUrl), reply),
    ).rejects.toMatchObject({ code: 'blocked', status: 403 });
    await settle();
    expect(connector.requests).toBe(1);
    expect(connector.accepted).toHaveLength(0);
  });

  it('429 with Retry-After: 1 is retried after at least a second', async () => {
    connector = await startThrottlingConnector();
    const h = await realHost();
    connector.script({ status: 429, headers: { 'retry-after': '1' } });
    const started = performance.now();
    await h.server.proactive.send(reference(connector.serviceUrl), reply);
    expect(performance.now() - started).toBeGreaterThanOrEqual(990);
    expect(connector.requests).toBe(2);
    expect(connector.accepted).toHaveLength(1);
  });

  it('503 three times with 2 attempts allowed: exactly 2 requests (no SDK retries inside)', async () => {
    connector = await startThrottlingConnector();
    const sender = senderWith({ retry: { maxAttempts: 2 }, retryDeps: noSleep });
    connector.script(503, 503, 503, 503, 503, 503, 503, 503);
    await expect(sender.send(reference(connector.serviceUrl), reply)).rejects.toMatchObject({
      code: 'failed',
      status: 503,
    });
    await settle();
    expect(connector.requests).toBe(2);
  });

  it('a refused connection is retried (nothing reached Teams), then reported as failed', async () => {
    const retries: string[] = [];
    const sender = senderWith({
      retry: { maxAttempts: 3 },
      retryDeps: { ...noSleep, onRetry: (i) => retries.push(i.decision.reason) },
    });
    await expect(sender.send(reference('http://127.0.0.1:1/'), reply)).rejects.toMatchObject({
      code: 'failed',
      reason: 'ECONNREFUSED',
    });
    expect(retries).toEqual(['ECONNREFUSED', 'ECONNREFUSED']);
  });

  it('an unanswered attempt times out as failed and is not retried', async () => {
    connector = await startThrottlingConnector();
    const { createServer } = await import('node:http');
    const hanging = createServer(() => undefined); // accepts, never answers
    await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
    let requests = 0;
    hanging.on('request', () => requests++);
    const { port } = hanging.address() as import('node:net').AddressInfo;
    const sender = senderWith({ attemptTimeoutMs: 300, retryDeps: noSleep });
    await expect(sender.send(reference(`http://127.0.0.1:${port}/`), reply)).rejects.toMatchObject({
      code: 'failed',
      reason: 'AttemptTimeoutError',
    });
    expect(requests).toBe(1);
    hanging.closeAllConnections();
    await new Promise((r) => hanging.close(r));
  });
});

describe("botbuilder's connector client (why send-connector.ts exists)", () => {
  async function withConnectorClient(
    serviceUrl: string,
    logic: (ctx: TurnContext, client: unknown) => Promise<void>,
  ) {
    const adapter = createAdapter(readConfig({ NODE_ENV: 'test' }), silentLogger());
    let failure: unknown;
    const ref = reference(serviceUrl) as Partial<ConversationReference>;
    await adapter.continueConversationAsync('', ref, async (ctx) => {
      try {
        await logic(ctx, ctx.turnState.get(adapter.ConnectorClientKey));
      } catch (error) {
        failure = error;
      }
    });
    return failure;
  }

  /** A message posted by the client's own operation (what the host's replies do not use). */
  const sendThroughClient = (ctx: TurnContext, client: unknown, text: string) =>
    (client as ConnectorClient).conversations.sendToConversation(ctx.activity.conversation.id, {
      type: 'message',
      text,
    });

  it('has the Azure SDK retry policy by default: a 500 is posted twice', async () => {
    connector = await startThrottlingConnector();
    connector.script(500, 200);
    await withConnectorClient(connector.serviceUrl, async (ctx, client) => {
      await sendThroughClient(ctx, client, 'unprotected');
    });
    expect(connector.requests).toBe(2);
    expect(connector.accepted).toHaveLength(1); // the "retry" of a failed post that may have landed
  });

  it('the host posts a message once on a 500: its own request, not the client’s pipeline', async () => {
    connector = await startThrottlingConnector();
    connector.script(500, 200);
    const failure = await withConnectorClient(connector.serviceUrl, async (ctx) => {
      await ctx.sendActivity({ type: 'message', text: 'by the host' });
    });
    expect(failure).toMatchObject({ statusCode: 500 });
    expect(connector.requests).toBe(1);
  });

  it('disableSdkRetries removes it, and the same 500 is posted once', async () => {
    connector = await startThrottlingConnector();
    connector.script(500, 200);
    let removed: string[] = [];
    const failure = await withConnectorClient(connector.serviceUrl, async (ctx, client) => {
      removed = disableSdkRetries(client);
      await sendThroughClient(ctx, client, 'protected');
    });
    expect(removed).toEqual([SDK_RETRY_POLICY]);
    expect(failure).toMatchObject({ statusCode: 500 });
    expect(connector.requests).toBe(1);
  });

  it('fails closed when the pipeline cannot be reached or a retry policy remains', () => {
    expect(() => disableSdkRetries(undefined)).toThrow(SdkRetryError);
    expect(() => disableSdkRetries({ client: {} })).toThrow(SdkRetryError);
    const stubborn = {
      client: {
        pipeline: {
          removePolicy: () => [],
          getOrderedPolicies: () => [{ name: 'defaultRetryPolicy' }],
        },
      },
    };
    expect(() => disableSdkRetries(stubborn)).toThrow(/still in the pipeline/);
  });
});

describe('the scheduler with the real sender', () => {
  /** A real host, a throttling connector, and a channel whose Monday 9:00 (Toronto) slot is due. */
  async function dueChannel(conversationKey: string) {
    connector = await startThrottlingConnector();
    const h = await realHost();
    const at = nextRun({ day: 1, hour: 9, minute: 0, timeZone: 'America/Toronto' }, new Date());
    const store = createScheduleStore(h.services.storage);
    await store.put(
      makeSchedule({
        conversationKey,
        changedBy: 'Test',
        changedAt: new Date(at.getTime() - 86_400_000).toISOString(),
        reference: reference(connector.serviceUrl),
      }),
    );
    return { h, at, store };
  }

  it('a 403 makes the schedule inactive (the SendError reaches the scheduler)', async () => {
    const { h, at, store } = await dueChannel('blocked-channel');
    connector.script(403, 200, 200);
    const { outcomes } = await h.services.scheduler(h.server.proactive, { now: () => at }).tick();
    expect(outcomes).toMatchObject([{ status: 'failed', errorCode: 'blocked' }]);
    expect((await store.get('blocked-channel'))?.schedule).toMatchObject({
      status: 'inactive',
      inactiveReason: 'blocked',
    });
    await settle();
    expect(connector.requests).toBe(1);
  });

  it('retries a send that got a 500 at the next due attempt, and posts once', async () => {
    const { h, at } = await dueChannel('flaky-channel');
    connector.script(500, 200);
    const tickAt = (ms: number) =>
      h.services.scheduler(h.server.proactive, { now: () => new Date(at.getTime() + ms) }).tick();
    expect((await tickAt(0)).outcomes).toMatchObject([{ status: 'failed' }]);
    expect((await tickAt(30_000)).outcomes).toEqual([]); // not before its retry time
    expect((await tickAt(60_000)).outcomes).toMatchObject([{ status: 'sent', lateMinutes: 1 }]);
    expect((await tickAt(120_000)).outcomes).toEqual([]);
    await settle();
    expect(connector.requests).toBe(2);
  });
});
