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
import { idOf, ReplyError, replyUrl, type ReplyResponse } from '../reply-request.js';

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
