// The botbuilder host's replies, POSTed with a real botframework-connector ConnectorClient's address
// and credentials to a real local server: the URL, headers (the bot's bearer token, signed by the
// client's own credentials) and body the connector expects, the id it gives back, and errors the
// retry policy reads as it reads the SDK's own.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ConnectorClient, MicrosoftAppCredentials } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  isReplyClient,
  postReply,
  type ReplyClient,
} from '../../../../src/host/teams/botbuilder/send-reply.js';
import { ReplyError, replyUrl } from '../../../../src/host/teams/reply-request.js';
import { classifyFailure } from '../../../../src/host/teams/send-retry.js';

interface Seen {
  readonly method?: string;
  readonly url?: string;
  readonly contentType?: string;
  readonly authorization?: string;
  readonly body: string;
}

let server: Server;
let baseUri: string;
const seen: Seen[] = [];
/** What the server answers next: status, body and headers. */
let answer: { status: number; body: string; headers?: Record<string, string> };

const bodyOf = async (req: IncomingMessage) => {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
};

beforeAll(async () => {
  server = createServer((req, res) => {
    void bodyOf(req).then((body) => {
      seen.push({
        method: req.method,
        url: req.url,
        contentType: req.headers['content-type'],
        authorization: req.headers.authorization,
        body,
      });
      res.statusCode = answer.status;
      for (const [k, v] of Object.entries(answer.headers ?? {})) res.setHeader(k, v);
      res.end(answer.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUri = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** An app's credentials whose token MSAL has already fetched (no Entra ID here). */
class FetchedCredentials extends MicrosoftAppCredentials {
  override getToken(): Promise<string> {
    return Promise.resolve('the-token');
  }
}
/** Local mode's credentials (no app id) sign nothing; an app's add its bearer token. */
const connector = (appId = ''): ReplyClient => {
  const client: unknown = new ConnectorClient(
    appId ? new FetchedCredentials(appId, 'secret') : new MicrosoftAppCredentials('', ''),
    { baseUri },
  );
  if (!isReplyClient(client)) throw new Error('botframework-connector changed its client');
  return client;
};
const conversation = {
  id: '19:abc@thread.tacv2;messageid=17',
  isGroup: true,
  conversationType: 'channel',
  name: 'General',
};

describe('postReply', () => {
  it('POSTs the activity as JSON to the reply address and returns the id given', async () => {
    answer = { status: 201, body: JSON.stringify({ id: 'reply-1' }) };
    const activity = { type: 'message', text: 'hi', conversation, replyToId: 'm/1' };
    const response = await postReply(connector(), activity);
    expect(response).toEqual({ id: 'reply-1' });
    const last = seen.at(-1)!;
    expect(last.method).toBe('POST');
    expect(last.url).toBe(
      '/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities/m%2F1',
    );
    expect(last.contentType).toMatch(/^application\/json/);
    expect(last.authorization).toBeUndefined();
    expect(JSON.parse(last.body)).toEqual(activity);
  });

  it('carries the bot’s token, signed by the client’s own credentials', async () => {
    answer = { status: 201, body: JSON.stringify({ id: 'reply-2' }) };
    const activity = { type: 'message', text: 'hi', conversation };
    expect(await postReply(connector('app-id'), activity)).toEqual({ id: 'reply-2' });
    expect(seen.at(-1)!.authorization).toBe('Bearer the-token');
  });

  it('posts to the conversation when there is nothing to reply to', async () => {
    answer = { status: 200, body: '' };
    const response = await postReply(connector(), { type: 'message', text: 'hi', conversation });
    expect(response).toEqual({ id: '' });
    expect(seen.at(-1)!.url).toBe(
      '/v3/conversations/19%3Aabc%40thread.tacv2%3Bmessageid%3D17/activities',
    );
  });

  it('throws an error status with Retry-After where the proactive retry policy reads it', async () => {
    answer = { status: 429, body: '{"error":{}}', headers: { 'retry-after': '3' } };
    const error = await postReply(connector(), { type: 'message', conversation }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ReplyError);
    expect(classifyFailure(error, Date.now())).toMatchObject({
      kind: 'retry',
      status: 429,
      retryAfterMs: 3000,
    });
    answer = { status: 403, body: '' };
    const blocked = await postReply(connector(), { type: 'message', conversation }).catch(
      (e: unknown) => e,
    );
    expect(classifyFailure(blocked, Date.now())).toMatchObject({ kind: 'blocked', status: 403 });
  });

  it('refuses a reply without an address rather than posting it anywhere', async () => {
    const before = seen.length;
    await expect(postReply(connector(), { type: 'message' })).rejects.toThrow(/no address/);
    expect(seen.length).toBe(before);
  });
});

describe('replyUrl', () => {
  it('joins a base URI with or without its trailing slash', () => {
    expect(replyUrl('https://smba.trafficmanager.net/amer/', 'a', 'b')).toBe(
      'https://smba.trafficmanager.net/amer/v3/conversations/a/activities/b',
    );
    expect(replyUrl('https://smba.trafficmanager.net/amer', 'a')).toBe(
      'https://smba.trafficmanager.net/amer/v3/conversations/a/activities',
    );
  });
});
