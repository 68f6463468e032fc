// A turn's message replies, POSTed as JSON through the connector client's own HTTP pipeline (its
// credentials, retries and proxy), without the client's operation layer. botframework-connector
// serializes every reply through an Azure SDK model mapper that walks the whole activity: with an
// Adaptive Card attached that was the largest part of the host's CPU per question, more than the
// bot's own answer (docs/benchmarks.md). The request is the one the operation would send: the same
// URL, method, headers and body (JSON.stringify of the activity), and a status outside 2xx throws,
// as the operation does.
//
// @azure/core-rest-pipeline's CommonJS build, the copy botbuilder has loaded (require, as in
// storage/blob-client.ts): its ES-module build would load a second copy of it and of its runtime.
import { createRequire } from 'node:module';
import type { Activity, ResourceResponse } from 'botbuilder';

const { createHttpHeaders, createPipelineRequest } = createRequire(import.meta.url)(
  '@azure/core-rest-pipeline',
) as typeof import('@azure/core-rest-pipeline');

/**
 * What this module needs of botframework-connector's ConnectorClient: its base URI and its Azure
 * SDK service client (`client`), whose pipeline signs every request with the bot's credentials.
 */
export interface ReplyClient {
  readonly baseUri?: string;
  readonly client: {
    sendRequest(request: ReturnType<typeof createPipelineRequest>): Promise<ReplyResponse>;
  };
}

/** What the connector answered. */
export interface ReplyResponse {
  readonly status: number;
  readonly headers: { get(name: string): string | undefined };
  readonly bodyAsText?: string | null;
}

/**
 * An error status from the connector, named and shaped like the Azure SDK's RestError (statusCode,
 * response.status, response.headers): the proactive retry policy reads Retry-After there.
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

/** POSTs one message activity (replyToActivity, or sendToConversation without replyToId). */
export async function postReply(
  client: ReplyClient,
  activity: Partial<Activity>,
): Promise<ResourceResponse> {
  const conversationId = activity.conversation?.id;
  if (!client.baseUri || !conversationId) throw new Error('the reply has no address');
  const url = replyUrl(client.baseUri, conversationId, activity.replyToId);
  const request = createPipelineRequest({
    url,
    // As the client itself allows it: plain http only where its base URI is (local tests, stubs).
    allowInsecureConnection: url.toLowerCase().startsWith('http:'),
    method: 'POST',
    headers: createHttpHeaders({
      'content-type': 'application/json; charset=utf-8',
      accept: 'application/json',
    }),
    body: JSON.stringify(activity),
  });
  const response = await client.client.sendRequest(request);
  if (response.status < 200 || response.status >= 300) throw new ReplyError(response);
  return { id: idOf(response.bodyAsText) };
}

/** The id the connector gave the message, or '' when its answer has none (as botbuilder does). */
function idOf(body: string | null | undefined): string {
  if (!body) return '';
  try {
    const parsed = JSON.parse(body) as { id?: unknown };
    return typeof parsed.id === 'string' ? parsed.id : '';
  } catch {
    return '';
  }
}
