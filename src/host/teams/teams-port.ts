// What the bot may ask Teams about the current conversation, through the Bot Connector.
import { TeamsInfo, type TurnContext } from 'botbuilder';
import type { TeamsPort } from '../../contract/activities.js';

type Role = Awaited<ReturnType<TeamsPort['senderRole']>>;

/** Reads member pages until more than `limit` ids are seen (then gives up: too many for per-user refresh). */
async function memberIds(
  context: TurnContext,
  limit: number,
): Promise<readonly string[] | undefined> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const page = await TeamsInfo.getPagedMembers(context, Math.min(100, limit + 1), token);
    ids.push(...page.members.map((m) => m.id));
    if (ids.length > limit) return undefined;
    token = page.continuationToken;
  } while (token);
  return ids;
}

async function senderRole(context: TurnContext): Promise<Role> {
  const from = context.activity.from;
  if (!from?.id) return undefined;
  const member = await TeamsInfo.getMember(context, from.id);
  const role = member.userRole;
  return role === 'guest' || role === 'anonymous' || role === 'user' ? role : 'user';
}

export function teamsPort(context: TurnContext): TeamsPort {
  return {
    memberIds: (limit) => memberIds(context, limit).catch(() => undefined),
    senderRole: () => senderRole(context).catch(() => undefined),
  };
}
