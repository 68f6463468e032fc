// Translation between Bot Framework activities and the bot's contract (src/contract/activities.ts).
import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationKind, Reply, Turn } from '../../contract/activities.js';
import type { StageOptions } from './meeting-stage.js';
import { teamsPort } from './teams-port.js';

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
 * The activity as the bot's contract sees it; with a context, also the Teams port (and with the
 * stage options, in a meeting, the meeting stage).
 */
export function turnOf(
  activity: Partial<Activity>,
  context?: TurnContext,
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
      ? (JSON.parse(JSON.stringify(TurnContext.getConversationReference(activity))) as Record<
          string,
          unknown
        >)
      : undefined,
    teams: context ? teamsPort(context, meetingId, stage) : undefined,
    ...(meetingId && { meeting: { id: meetingId } }),
  };
}

/**
 * The text of the bot's own @mention, as its mention entity gives it. botbuilder's
 * TurnContext.removeRecipientMention does the same but throws on a mention entity without
 * `mentioned`, or a message without text; this reads the entities defensively.
 */
function recipientMentionText(activity: Partial<Activity>): string | undefined {
  const recipientId = activity.recipient?.id;
  if (recipientId === undefined || !Array.isArray(activity.entities)) return undefined;
  for (const entity of activity.entities as unknown[]) {
    if (!isRecord(entity) || typeof entity.type !== 'string') continue;
    if (entity.type.toLowerCase() !== 'mention' || typeof entity.text !== 'string') continue;
    if (isRecord(entity.mentioned) && entity.mentioned.id === recipientId) return entity.text;
  }
  return undefined;
}

/** The user's text without the bot's @mention (nor any other `<at>…</at>` left over). */
export function messageText(activity: Partial<Activity>): string {
  const raw = typeof activity.text === 'string' ? activity.text : '';
  const mention = recipientMentionText(activity);
  const text = mention ? raw.replace(mention, '') : raw;
  return text
    .replace(/<at\b[^>]*>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Whether a message is for the bot: always in a personal chat; in a group chat, meeting chat or
 * channel only when it @mentions the bot. Teams delivers only those there unless an app asks for
 * more (resource-specific consent to read all messages); the bot must stay silent on the rest either
 * way, never answering a conversation between people.
 */
export function addressedToBot(activity: Partial<Activity>): boolean {
  const kind = activity.conversation?.conversationType;
  return kind === undefined || kind === 'personal' || recipientMentionText(activity) !== undefined;
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

/** Sends the replies in order (one call, so they arrive in order). */
export async function sendReplies(context: TurnContext, replies: readonly Reply[]): Promise<void> {
  const activities = replyActivities(replies);
  if (activities.length > 0) await context.sendActivities(activities);
}
