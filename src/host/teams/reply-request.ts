// What both hosts' reply paths share: where a reply goes, the id the connector gave it, and the error
// a status outside 2xx becomes (shaped like the Azure SDK's RestError, which the proactive retry
// policy reads: send-retry.ts).

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
