// A user's message: the text (without the @mention) goes to the bot, the replies go back.
import { addressedToBot, messageText, sendReplies, turnOf } from '../activities.js';
import { handleSubmit, submittedAction } from './action.js';
import type { HandlerDeps } from './deps.js';
import type { HostTurn } from '../turn.js';

export async function handleMessage(context: HostTurn, deps: HandlerDeps): Promise<void> {
  const submitted = submittedAction(context);
  if (submitted) return handleSubmit(context, deps, submitted);
  const { activity } = context;
  if (!addressedToBot(activity)) return;
  const replies = await deps.bot.onMessage({
    ...turnOf(activity, context, deps.stage),
    text: messageText(activity),
  });
  await sendReplies(context, replies);
}
