// A turn's message replies (and proactive messages) on the botbuilder host: the request the
// connector client's operation would send (replyToActivity, or sendToConversation without
// replyToId; the same URL, body and bearer token), posted by the host's own request
// (../reply-request.ts). Through the client, each reply went through an Azure SDK model mapper that
// walks the whole activity and then the Azure SDK's HTTP pipeline (tracing, policies, header
// objects): with an Adaptive Card attached, more CPU than the bot's answer (bench/notes.md item 22).
//
// The bot's token comes from the client's own credentials, by the call its pipeline makes for every
// request (ServiceClientContext's sign policy: `credentials.signRequest`), so every credential type
// botbuilder supports (secret, certificate, managed identity, none in local mode) signs as before.
import type { Activity, ResourceResponse } from 'botbuilder';
import { postActivity } from '../reply-request.js';

/** The headers a credential sets on a request it signs (botbuilder's WebResource, as it uses it). */
interface SignedRequest {
  readonly headers: { set(name: string, value: string): void };
}

/** What this module needs of botframework-connector's ConnectorClient. */
export interface ReplyClient {
  readonly baseUri?: string;
  readonly credentials: { signRequest(request: SignedRequest): Promise<unknown> };
}

export const isReplyClient = (client: unknown): client is ReplyClient =>
  typeof (client as ReplyClient | undefined)?.credentials?.signRequest === 'function';

/** The Authorization header (and any other) the client's credentials put on a request. */
async function signedHeaders(client: ReplyClient): Promise<Record<string, string>> {
  const headers: Record<string, string> = {};
  await client.credentials.signRequest({
    headers: { set: (name, value) => (headers[name.toLowerCase()] = value) },
  });
  return headers;
}

/** POSTs one message activity; resolves with the id the connector gave it. */
export async function postReply(
  client: ReplyClient,
  activity: Partial<Activity>,
): Promise<ResourceResponse> {
  const conversationId = activity.conversation?.id;
  if (!client.baseUri || !conversationId) throw new Error('the reply has no address');
  const headers = await signedHeaders(client);
  return postActivity(
    { baseUri: client.baseUri, conversationId, replyToId: activity.replyToId, headers },
    activity,
  );
}
