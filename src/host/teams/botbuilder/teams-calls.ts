// The Teams calls of a turn (../turn.ts) with botbuilder's TeamsInfo, which posts them through the
// turn's connector client.
import type { TurnContext } from 'botbuilder';
import { TeamsInfo } from 'botbuilder/lib/teamsInfo.js'; // not the index: adapter.ts
import type { TeamsCalls } from '../turn.js';

export const teamsCallsOf = (context: TurnContext): TeamsCalls => ({
  pagedMembers: (pageSize, token) => TeamsInfo.getPagedMembers(context, pageSize, token),
  member: (userId) => TeamsInfo.getMember(context, userId),
  meetingNotification: (meetingId, notification) =>
    TeamsInfo.sendMeetingNotification(context, notification, meetingId),
});
