// A turn's message replies (and proactive messages), POSTed by the host over node:http(s) with the
// turn's connector client's address and headers (its bearer token): the request the SDK's
// ConnectorClient would send (replyToActivity, or sendToConversation without replyToId, the same
// body), without its fetch-based client and tracing, which cost the Agents host about twice the CPU
// per question of the botbuilder host (docs/benchmarks.md). The botbuilder host does the same with
// its own client (../teams/botbuilder/send-reply.ts); errors take the same shape (reply-request.ts).
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { Activity } from '@microsoft/agents-activity';
import type { ConnectorClient } from '@microsoft/agents-hosting';
import { idOf, ReplyError, replyUrl } from '../teams/reply-request.js';

/** Connections to the Bot Connector are kept open between replies, as fetch's were. */
const AGENTS = {
  http: new HttpAgent({ keepAlive: true }),
  https: new HttpsAgent({ keepAlive: true }),
};

/** The activity as the SDK puts it on the wire (its normalizeOutgoingActivity: channelId, `bot`). */
export function wireActivity(activity: Activity): Record<string, unknown> {
  const { _channelId, relatesTo, ...rest } = activity as unknown as Record<string, unknown>;
  const body: Record<string, unknown> = { ...rest };
  if (typeof _channelId === 'string') body.channelId = _channelId;
  if (relatesTo && typeof relatesTo === 'object') {
    const { agent, ...reference } = relatesTo as Record<string, unknown>;
    body.relatesTo = agent === undefined ? reference : { ...reference, bot: agent };
  }
  return body;
}

const headersOf = (res: IncomingMessage) => ({
  get: (name: string) => {
    const value = res.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  },
});

/** POSTs one message activity; resolves with the id the connector gave it. */
export function postReply(client: ConnectorClient, activity: Activity): Promise<{ id: string }> {
  const conversationId = activity.conversation?.id;
  const { baseURL, defaultHeaders } = client.httpClient;
  if (!baseURL || !conversationId) return Promise.reject(new Error('the reply has no address'));
  const url = new URL(replyUrl(baseURL, conversationId, activity.replyToId));
  const body = Buffer.from(JSON.stringify(wireActivity(activity)));
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      agent: secure ? AGENTS.https : AGENTS.http,
      headers: {
        ...defaultHeaders,
        'content-type': 'application/json',
        'content-length': body.length,
      },
    });
    req.on('error', reject);
    req.on('response', (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8');
        if (status < 200 || status >= 300)
          reject(new ReplyError({ status, headers: headersOf(res), bodyAsText: text }));
        else resolve({ id: idOf(text) });
      });
    });
    req.end(body);
  });
}
