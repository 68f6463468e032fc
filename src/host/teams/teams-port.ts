// What the bot may ask Teams about the current conversation, through the Bot Connector.
import type { TeamsPort } from '../../contract/activities.js';
import { notifyMeetingStage, type StageOptions } from './meeting-stage.js';
import type { HostTurn } from './turn.js';

type Role = Awaited<ReturnType<TeamsPort['senderRole']>>;

/** Reads member pages until more than `limit` ids are seen (then gives up: too many for per-user refresh). */
async function memberIds(context: HostTurn, limit: number): Promise<readonly string[] | undefined> {
  const ids: string[] = [];
  let token: string | undefined;
  do {
    const page = await context.teams.pagedMembers(Math.min(100, limit + 1), token);
    ids.push(...page.members.map((m) => m.id));
    if (ids.length > limit) return undefined;
    token = page.continuationToken;
  } while (token);
  return ids;
}

async function senderRole(context: HostTurn): Promise<Role> {
  const from = context.activity.from;
  if (!from?.id) return undefined;
  const member = await context.teams.member(from.id);
  const role = member.userRole;
  return role === 'guest' || role === 'anonymous' || role === 'user' ? role : 'user';
}

/**
 * The port for one turn. The meeting stage is offered only in a meeting's chat and when the host
 * knows its public address (the page Teams shows must be on it).
 */
export function teamsPort(context: HostTurn, meetingId?: string, stage?: StageOptions): TeamsPort {
  return {
    memberIds: (limit) => memberIds(context, limit).catch(() => undefined),
    senderRole: () => senderRole(context).catch(() => undefined),
    ...(meetingId &&
      stage && {
        notifyStage: (notice) => notifyMeetingStage(context, meetingId, notice, stage),
      }),
  };
}
