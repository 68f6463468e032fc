// A turn's message replies (and proactive messages) on the Agents host: the request the SDK's
// ConnectorClient would send (replyToActivity, or sendToConversation without replyToId, the same
// body), posted by the host's own request (../teams/reply-request.ts) with the turn's connector
// client's address and headers (its bearer token), without its fetch-based client and tracing,
// which cost the Agents host about twice the CPU per question of the botbuilder host
// (bench/notes.md item 21).
import type { Activity } from '@microsoft/agents-activity';
import type { ConnectorClient } from '@microsoft/agents-hosting';
import { postActivity } from '../teams/reply-request.js';

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

/** POSTs one message activity; resolves with the id the connector gave it. */
export function postReply(client: ConnectorClient, activity: Activity): Promise<{ id: string }> {
  const conversationId = activity.conversation?.id;
  const { baseURL, defaultHeaders } = client.httpClient;
  if (!baseURL || !conversationId) return Promise.reject(new Error('the reply has no address'));
  return postActivity(
    { baseUri: baseURL, conversationId, replyToId: activity.replyToId, headers: defaultHeaders },
    wireActivity(activity),
  );
}
