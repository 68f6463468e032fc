// Translation between Bot Framework activities and the bot's contract (src/contract/activities.ts).
import type { Activity, ConversationReference } from 'botbuilder';
import type { ConversationKind, Reply, Turn } from '../../contract/activities.js';
import { fromCopilot } from './copilot.js';
import type { StageOptions } from './meeting-stage.js';
import { withRetry, type RetryOptions } from './send-retry.js';
import { teamsPort } from './teams-port.js';
import type { HostTurn } from './turn.js';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' ? type : 'personal';
}

/** The time zone Teams reports for the sender: `localTimezone`, else the clientInfo entity. */
function timezoneOf(activity: Partial<Activity>): string | undefined {
  if (typeof activity.localTimezone === 'string' && activity.localTimezone)
    return activity.localTimezone;
  const info = activity.entities?.find((e) => e.type === 'clientInfo') as
    { timezone?: unknown } | undefined;
  return typeof info?.timezone === 'string' && info.timezone ? info.timezone : undefined;
}

const tenantOf = (activity: Partial<Activity>): string | undefined => {
  const data: unknown = activity.channelData;
  const tenant = isRecord(data) && isRecord(data.tenant) ? data.tenant.id : undefined;
  return typeof tenant === 'string' ? tenant : activity.conversation?.tenantId;
};

/** The Teams meeting of a meeting chat's activity (channelData.meeting.id). */
export function meetingIdOf(activity: Partial<Activity>): string | undefined {
  const data: unknown = activity.channelData;
  const id = isRecord(data) && isRecord(data.meeting) ? data.meeting.id : undefined;
  return typeof id === 'string' && id.length > 0 && id.length <= 1024 ? id : undefined;
}

/**
 * Where a later message to this conversation goes: the fields botbuilder's and the Agents SDK's
 * getConversationReference take from an incoming activity, no more.
 */
export const conversationReference = (
  activity: Partial<Activity>,
): Partial<ConversationReference> => ({
  activityId: activity.id,
  user: activity.from,
  bot: activity.recipient,
  conversation: activity.conversation,
  channelId: activity.channelId,
  locale: activity.locale,
  serviceUrl: activity.serviceUrl,
});

/**
 * The activity as the bot's contract sees it; with a context, also the Teams port (and with the
 * stage options, in a meeting, the meeting stage).
 */
export function turnOf(
  activity: Partial<Activity>,
  context?: HostTurn,
  stage?: StageOptions,
): Turn {
  const from = activity.from;
  const meetingId = meetingIdOf(activity);
  return {
    locale: activity.locale,
    conversation: conversationKind(activity),
    conversationId: activity.conversation?.id,
    tenantId: tenantOf(activity),
    user: from?.id ? { id: from.id, name: from.name, aadObjectId: from.aadObjectId } : undefined,
    timezone: timezoneOf(activity),
    reference: activity.conversation
      ? (JSON.parse(JSON.stringify(conversationReference(activity))) as Record<string, unknown>)
      : undefined,
    teams: context ? teamsPort(context, meetingId, stage) : undefined,
    ...(meetingId && { meeting: { id: meetingId } }),
  };
}

/**
 * The bot's own mention entities (`mentioned.id` is the recipient). botbuilder's
 * TurnContext.removeRecipientMention reads them too but throws on a mention entity without
 * `mentioned`, or a message without text; this reads the entities defensively.
 */
function botMentions(activity: Partial<Activity>): Record<string, unknown>[] {
  const recipientId = activity.recipient?.id;
  if (recipientId === undefined || !Array.isArray(activity.entities)) return [];
  return (activity.entities as unknown[]).filter(
    (entity): entity is Record<string, unknown> =>
      isRecord(entity) &&
      typeof entity.type === 'string' &&
      entity.type.toLowerCase() === 'mention' &&
      isRecord(entity.mentioned) &&
      entity.mentioned.id === recipientId,
  );
}

/**
 * The text of the bot's @mention in the message. Copilot's group chat mentions the bot with no
 * `text` in the entity and no `<at>` in the message (microsoft/teams.py#180): nothing to remove.
 */
const botMentionText = (activity: Partial<Activity>): string | undefined =>
  botMentions(activity)
    .map((m) => m.text)
    .find((text): text is string => typeof text === 'string' && text !== '');

/** The user's text without the bot's @mention (nor any other `<at>…</at>` left over). */
export function messageText(activity: Partial<Activity>): string {
  const raw = typeof activity.text === 'string' ? activity.text : '';
  const mention = botMentionText(activity);
  const text = mention ? raw.replace(mention, '') : raw;
  return text
    .replace(/<at\b[^>]*>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a message is for the bot: always in a personal chat, and in Microsoft 365 Copilot's chat
 * with the bot (one person's, unless it says group chat or channel); in a group chat, meeting chat
 * or channel only when it @mentions the bot. Teams delivers only those there unless an app asks for
 * more (resource-specific consent to read all messages); the bot must stay silent on the rest either
 * way, never answering a conversation between people.
 */
export function addressedToBot(activity: Partial<Activity>): boolean {
  const kind = activity.conversation?.conversationType;
  if (kind === undefined || kind === 'personal') return true;
  if (fromCopilot(activity) && conversationKind(activity) === 'personal') return true;
  return botMentions(activity).length > 0;
}

/** One message activity per reply; replies with neither text nor card are dropped. */
export function replyActivities(replies: readonly Reply[]): Partial<Activity>[] {
  return replies
    .filter((r) => r.text !== undefined || r.card !== undefined)
    .map((r) => ({
      type: 'message',
      ...(r.text !== undefined && { text: r.text }),
      ...(r.card !== undefined && {
        attachments: [{ contentType: ADAPTIVE_CARD, content: r.card }],
      }),
    }));
}

/**
 * A turn's reply is retried as a proactive send is (send-retry.ts: only when Teams did not take it,
 * or it never left this machine), briefly: the person is waiting, and the request for their turn
 * with them (turn-deadline.ts). A Retry-After longer than 2 s ends it.
 */
export const TURN_REPLY_RETRY: RetryOptions = Object.freeze({
  maxAttempts: 3,
  baseDelayMs: 250,
  factor: 2,
  maxDelayMs: 2_000,
});

/** Sends the replies one after another, in order, each retried on its own (never one already taken). */
export async function sendReplies(context: HostTurn, replies: readonly Reply[]): Promise<void> {
  for (const activity of replyActivities(replies))
    await withRetry(() => context.sendActivity({ ...activity }), TURN_REPLY_RETRY);
}
