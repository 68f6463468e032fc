// Translation between Bot Framework activities and the bot's contract (src/app/contract.ts).
import { TurnContext, type Activity } from 'botbuilder';
import type { ConversationKind, Reply, Turn } from '../app/contract.js';

export const ADAPTIVE_CARD = 'application/vnd.microsoft.card.adaptive';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

export function conversationKind(activity: Partial<Activity>): ConversationKind {
  const type = activity.conversation?.conversationType;
  return type === 'groupChat' || type === 'channel' ? type : 'personal';
}

export const turnOf = (activity: Partial<Activity>): Turn => ({
  locale: activity.locale,
  conversation: conversationKind(activity),
});

/** The user's text without the bot's @mention (nor any other `<at>…</at>` left over). */
export function messageText(activity: Partial<Activity>): string {
  const text = activity.recipient ? TurnContext.removeRecipientMention(activity) : activity.text;
  return (text ?? '')
    .replace(/<at\b[^>]*>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();
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
