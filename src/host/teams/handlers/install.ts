// The bot was installed (installationUpdate "add") or added to a conversation (conversationUpdate
// whose membersAdded includes the bot): welcome once.
import { sendReplies, turnOf } from '../activities.js';
import type { HandlerDeps } from './deps.js';
import type { HostTurn } from '../turn.js';

async function welcome(context: HostTurn, deps: HandlerDeps): Promise<void> {
  const { activity } = context;
  const key = activity.conversation?.id;
  if (key && !deps.welcomed.firstTime(key)) return;
  await sendReplies(context, await deps.bot.onInstalled(turnOf(activity, context)));
}

/** Uninstalled, or the bot was removed from the team or chat: its data goes with it. */
const forget = (context: HostTurn, deps: HandlerDeps) =>
  deps.bot.onUninstalled(turnOf(context.activity, context));

export async function handleInstallationUpdate(
  context: HostTurn,
  deps: HandlerDeps,
): Promise<void> {
  const action = context.activity.action;
  if (action === 'add') await welcome(context, deps);
  else if (action === 'remove') await forget(context, deps);
}

export async function handleMembersRemoved(context: HostTurn, deps: HandlerDeps): Promise<void> {
  const { membersRemoved, recipient } = context.activity;
  if (recipient && membersRemoved?.some((m) => m.id === recipient.id)) await forget(context, deps);
}

export async function handleMembersAdded(context: HostTurn, deps: HandlerDeps): Promise<void> {
  const { membersAdded, recipient } = context.activity;
  if (recipient && membersAdded?.some((m) => m.id === recipient.id)) await welcome(context, deps);
}
