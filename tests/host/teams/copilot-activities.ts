// Activities as Microsoft 365 Copilot sends them to a custom engine agent that is a Teams bot. The
// shape is the message the Teams SDK team captured from Copilot (microsoft/teams.py#180, a group chat):
// channelId "msteams", the sender's name empty, a clientInfo entity with locale and time zone, an
// entity { type: "ProductInfo", id: "COPILOT" } (the Agents SDK's "msteams:COPILOT" sub-channel) and
// channelData.productContext "COPILOT"; in that group chat the bot's mention entity has no `text`
// and the message text no `<at>`. No capture of Copilot's 1:1 chat is published: it is that shape
// with conversationType "personal", and also without a conversationType (the example payload a
// Microsoft engineer posted in MicrosoftDocs/msteams-docs#12754 has none).
import * as A from '../../helpers/activities.js';

const TIMEZONE = 'America/Toronto';

/** What Copilot adds to every activity, in the locale given. */
export function copilotMarks(locale = 'en-US'): Record<string, unknown> {
  return {
    locale,
    localTimezone: TIMEZONE,
    from: { ...A.USER, name: '' },
    entities: [
      { type: 'clientInfo', locale, timezone: TIMEZONE },
      { type: 'ProductInfo', id: 'COPILOT' },
    ],
    channelData: { tenant: { id: A.TENANT }, productContext: 'COPILOT' },
  };
}

/** A message in the person's Copilot chat with the bot. */
export const copilotMessage = (text: string, options: A.Base): A.Activity =>
  A.message(text, { ...copilotMarks(options.locale), ...options });

/** The same, with no conversationType at all. */
export function copilotMessageUntyped(text: string, options: A.Base): A.Activity {
  const activity = copilotMessage(text, options);
  const { id, tenantId } = activity.conversation;
  return { ...activity, conversation: { id, tenantId } };
}

/** A card's Action.Execute clicked in Copilot: the adaptiveCard/action invoke, with Copilot's marks. */
export const copilotCardAction = (verb: string, data: unknown, options: A.Base): A.Activity =>
  A.cardAction(verb, data, { ...copilotMarks(options.locale), ...options });

/** A message in a Teams group chat where Copilot brought the bot in, as captured. */
export function copilotGroupMessage(text: string, options: A.Base, mentioned = true): A.Activity {
  const marks = copilotMarks(options.locale);
  const entities = marks.entities as unknown[];
  return A.message(text, {
    ...marks,
    conversationType: 'groupChat',
    conversationId: '19:copilot-group@thread.v2',
    ...options,
    entities: mentioned ? [{ type: 'mention', mentioned: A.BOT }, ...entities] : entities,
  });
}
