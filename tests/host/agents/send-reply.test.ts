// The Agents host's replies, POSTed to a real local server: the URL, headers and body the
// connector expects (the SDK's wire form), the id it gives back, and errors the proactive retry
// policy reads as it reads the SDK's own.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { text } from 'node:stream/consumers';
import { Activity } from '@microsoft/agents-activity';
import { ConnectorClient } from '@microsoft/agents-hosting';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postReply } from '../../../src/host/agents/send-reply.js';
import { classifyFailure } from '../../../src/host/teams/send-retry.js';

let server: Server;
let base = '';
const seen: {
  method?: string;
  url?: string;
  headers?: IncomingMessage['headers'];
  body?: string;
}[] = [];
let answer: { status: number; body: string; headers?: Record<string, string> } = {
  status: 201,
  body: '{"id":"m-1"}',
};

beforeAll(async () => {
  server = createServer((req, res) => {
    void text(req).then((body) => {
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      // Two calls, not a chain: restify (loaded by other files in this worker) makes writeHead return
      // undefined.
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((r) => server.close(() => r())));

const reply = (extra: Record<string, unknown> = {}) =>
  Activity.fromObject({
    type: 'message',
    text: 'hi',
    channelId: 'msteams',
    conversation: { id: 'a:c 1' },
    recipient: { id: '29:u' },
    from: { id: '28:b' },
    serviceUrl: base,
    ...extra,
  });

describe('Agents host replies', () => {
  it('posts the SDK’s wire form with the client’s token and returns the id', async () => {
    answer = { status: 201, body: '{"id":"m-1"}' };
    const client = ConnectorClient.createClientWithToken(base, 'the-token');
    expect(await postReply(client, reply({ replyToId: 'r 1' }))).toEqual({ id: 'm-1' });
    const last = seen.at(-1)!;
    expect(last.method).toBe('POST');
    expect(last.url).toBe('/v3/conversations/a%3Ac%201/activities/r%201');
    expect(last.headers?.authorization).toBe('Bearer the-token');
    expect(JSON.parse(last.body!)).toMatchObject({
      type: 'message',
      text: 'hi',
      channelId: 'msteams',
    });
    expect(last.body).not.toContain('_channelId');
  });

  it('posts a new message to the conversation without replyToId', async () => {
    await postReply(ConnectorClient.createClientWithToken(base, 't'), reply());
    expect(seen.at(-1)!.url).toBe('/v3/conversations/a%3Ac%201/activities');
  });

  it('fails with the status and Retry-After the retry policy reads', async () => {
    answer = { status: 429, body: '', headers: { 'retry-after': '3' } };
    const failure = await postReply(
      ConnectorClient.createClientWithToken(base, 't'),
      reply(),
    ).catch((e: unknown) => e);
    expect(classifyFailure(failure, Date.now())).toMatchObject({
      kind: 'retry',
      status: 429,
      retryAfterMs: 3000,
    });
  });

  it('fails with the network code when nothing answers', async () => {
    const closed = ConnectorClient.createClientWithToken('http://127.0.0.1:9/', 't');
    const failure = await postReply(closed, reply()).catch((e: unknown) => e);
    expect(classifyFailure(failure, Date.now())).toMatchObject({
      kind: 'retry',
      reason: 'ECONNREFUSED',
    });
  });
});
