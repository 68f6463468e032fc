// What both hosts' reply paths share: the request that posts a message activity to the Bot Connector
// (replyToActivity, or sendToConversation without replyToId), the id the connector gave it, and the
// error a status outside 2xx becomes (shaped like the Azure SDK's RestError, which the retry policy
// reads: send-retry.ts).
//
// Sent with node:http(s) over kept-alive connections, not through either SDK's HTTP client: the
// Azure SDK pipeline botbuilder posts with (serialization, tracing, policies) and the Agents SDK's
// fetch-based client each cost more CPU per question than the bot's own answer (docs/benchmarks.md,
// bench/notes.md items 21–22). Each host supplies the bot's credentials as headers.
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** What the connector answered. */
export interface ReplyResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | undefined };
  readonly bodyAsText?: string | null;
}

/**
 * An error status from the connector, named and shaped like the Azure SDK's RestError (statusCode,
 * response.status, response.headers): the retry policy reads Retry-After there.
 */
export class ReplyError extends Error {
  override readonly name = 'RestError';
  readonly statusCode: number;
  constructor(readonly response: ReplyResponse) {
    super(`The connector answered ${response.status}`);
    this.statusCode = response.status;
  }
}

/** Where the connector takes a reply to `replyToId`, or a new message in the conversation. */
export function replyUrl(baseUri: string, conversationId: string, replyToId?: string): string {
  const base = baseUri.endsWith('/') ? baseUri.slice(0, -1) : baseUri;
  const activities = `${base}/v3/conversations/${encodeURIComponent(conversationId)}/activities`;
  return replyToId ? `${activities}/${encodeURIComponent(replyToId)}` : activities;
}

/** The id the connector gave the message, or '' when its answer has none (as botbuilder does). */
export function idOf(body: string | null | undefined): string {
  if (!body) return '';
  try {
    const parsed = JSON.parse(body) as { id?: unknown };
    return typeof parsed.id === 'string' ? parsed.id : '';
  } catch {
    return '';
  }
}

/**
 * Connections to the Bot Connector are kept open between replies, as the SDKs' clients keep them,
 * and closed after 5 s unused, as Node's own global agent does: a connection the server has just
 * timed out would otherwise be reused as it closes, and the reply fail with a reset.
 */
const KEEP_ALIVE = { keepAlive: true, timeout: 5_000 };
const AGENTS = { http: new HttpAgent(KEEP_ALIVE), https: new HttpsAgent(KEEP_ALIVE) };

const headersOf = (res: IncomingMessage) => ({
  get: (name: string) => {
    const value = res.headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(', ') : value;
  },
});

/** Where a message activity goes, and the headers that authenticate the bot (its bearer token). */
export interface ReplyTarget {
  readonly baseUri: string;
  readonly conversationId: string;
  readonly replyToId?: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** POSTs `activity` as JSON; resolves with the id the connector gave it, rejects with ReplyError. */
export function postActivity(target: ReplyTarget, activity: object): Promise<{ id: string }> {
  const url = new URL(replyUrl(target.baseUri, target.conversationId, target.replyToId));
  const body = Buffer.from(JSON.stringify(activity));
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const req = (secure ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      agent: secure ? AGENTS.https : AGENTS.http,
      headers: {
        ...target.headers,
        accept: 'application/json',
        'content-type': 'application/json; charset=utf-8',
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
