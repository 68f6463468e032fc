// What the router and the handlers use of a turn, whichever Bot Framework SDK runs it: botbuilder
// (./botbuilder/, the default) or the Microsoft 365 Agents SDK (src/host/agents/). Each SDK's adapter
// wraps its own turn context into this; nothing else here knows which SDK is in use.
import type { Activity, InvokeResponse, TargetedMeetingNotification } from 'botbuilder';

/** An activity as it travels on the wire (the Bot Framework schema both SDKs implement). */
export type WireActivity = Activity;

/** A page of the conversation's members (Bot Connector `pagedmembers`). */
export interface MemberPage {
  readonly members: readonly { readonly id: string }[];
  readonly continuationToken?: string;
}

/** The Teams calls the bot makes about the turn's conversation, through the Bot Connector. */
export interface TeamsCalls {
  pagedMembers(pageSize: number, continuationToken?: string): Promise<MemberPage>;
  /** One member, with their role in the team or chat (`userRole`: user, guest, anonymous). */
  member(userId: string): Promise<{ readonly userRole?: string }>;
  /** POST v1/meetings/{meetingId}/notification; what Teams answered (recipients it could not reach). */
  meetingNotification(
    meetingId: string,
    notification: TargetedMeetingNotification,
  ): Promise<{ readonly recipientsFailureInfo?: readonly unknown[] } | undefined>;
}

export interface HostTurn {
  readonly activity: Activity;
  sendActivity(activity: Partial<Activity>): Promise<{ readonly id?: string } | undefined>;
  sendActivities(activities: Partial<Activity>[]): Promise<unknown>;
  readonly teams: TeamsCalls;
}

/** Runs a turn's logic; resolves with the invoke response the turn sent, if any. */
export type TurnLogic = (turn: HostTurn) => Promise<void>;

/**
 * What the HTTP host (messages-endpoint.ts, server.ts, proactive.ts) needs of an SDK: authenticate
 * a request, run a turn, and run a proactive turn. `Auth` is whatever the SDK's authentication
 * returns, handed back to `run`.
 */
export interface SdkAdapter<Auth = unknown> {
  /** Throws when the token does not hold for this activity (auth-failure.ts reads the error). */
  authenticate(activity: Activity, authHeader: string): Promise<Auth>;
  run(auth: Auth, activity: Activity, logic: TurnLogic): Promise<InvokeResponse | undefined>;
  /**
   * One turn in a stored conversation, in which `post` sends one activity with no retry of the SDK's
   * own (send-retry.ts decides, proactive.ts).
   */
  continueWith(
    appId: string,
    reference: Readonly<Record<string, unknown>>,
    use: (
      post: (activity: Partial<Activity>) => Promise<{ id?: string } | undefined>,
    ) => Promise<void>,
  ): Promise<void>;
}
