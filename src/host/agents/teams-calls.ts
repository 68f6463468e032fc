// The Teams calls of a turn (../teams/turn.ts) on the Agents SDK. Its Teams extension package is
// mid-rename (@microsoft/agents-hosting-extensions-teams is deprecated on npm and its successor is not
// published), so the calls go straight to the Bot Connector REST API through the turn's own
// authenticated ConnectorClient (its public `httpClient`), with the paths botbuilder's TeamsInfo uses:
//   GET  v3/conversations/{team or conversation id}/pagedmembers?pageSize=&continuationToken=
//   GET  v3/conversations/{team or conversation id}/members/{userId}
//   POST v1/meetings/{meetingId}/notification
import type { ConnectorClient, HttpRequestConfig, TurnContext } from '@microsoft/agents-hosting';
import type { MemberPage, TeamsCalls } from '../teams/turn.js';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** In a team, TeamsInfo asks about the team; elsewhere about the conversation. */
function rosterId(context: TurnContext): string {
  const data: unknown = context.activity.channelData;
  const team = isRecord(data) && isRecord(data.team) ? data.team.id : undefined;
  const id = typeof team === 'string' && team ? team : context.activity.conversation?.id;
  if (!id) throw new Error('no conversation to ask Teams about');
  return encodeURIComponent(id);
}

export function teamsCallsOf(
  context: TurnContext,
  client: () => Promise<ConnectorClient>,
): TeamsCalls {
  const call = async <T>(
    method: 'get' | 'post',
    url: string,
    extra: Partial<HttpRequestConfig> = {},
  ) => (await (await client()).httpClient.request<T>({ method, url, ...extra })).data;
  return {
    pagedMembers: (pageSize, continuationToken) =>
      call<MemberPage>('get', `v3/conversations/${rosterId(context)}/pagedmembers`, {
        params: { pageSize: String(pageSize), continuationToken },
      }),
    member: (userId) =>
      call('get', `v3/conversations/${rosterId(context)}/members/${encodeURIComponent(userId)}`),
    meetingNotification: async (meetingId, notification) => {
      const data = await call<unknown>(
        'post',
        `v1/meetings/${encodeURIComponent(meetingId)}/notification`,
        {
          data: notification,
          headers: { 'Content-Type': 'application/json' },
        },
      );
      return isRecord(data) ? data : undefined; // 202 Accepted has no body
    },
  };
}
