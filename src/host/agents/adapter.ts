// The Microsoft 365 Agents SDK host (BOT_HOST=agents): the SDK's CloudAdapter behind the same HTTP
// host, router and handlers as the botbuilder one (../teams/). What it takes from the SDK: the turn
// context, connector and user-token clients (MSAL for the bot's own token), invoke-response and
// expect-replies handling, continueConversation. What stays ours: the checks before a turn (body,
// tenant, serviceUrl, token signature: ../teams/messages-endpoint.ts) and the token's claims
// (channel-claims.ts), answering the HTTP request, sending policy (../teams/proactive.ts).
import { Activity as SdkActivity, DeliveryModes } from '@microsoft/agents-activity';
import {
  CloudAdapter,
  INVOKE_RESPONSE_KEY,
  type AuthConfiguration,
  type ConnectorClient,
  type Request,
  type TurnContext,
  type UserTokenClient,
} from '@microsoft/agents-hosting';
import type { Config } from '../../config/config.js';
import type { Logger } from '../../util/logger.js';
import { channelMetadataUrl, createChannelKeys } from '../teams/channel-keys.js';
import { ClientCache } from '../teams/client-cache.js';
import { createTokenGuard, type TokenGuard } from '../teams/token-guard.js';
import { createTurnErrorHandler } from '../teams/turn-error.js';
import type { HostTurn, SdkAdapter, TurnLogic, WireActivity } from '../teams/turn.js';
import { ChannelTokenError, claimsOf, claimsRefusal } from './channel-claims.js';
import { postReply, wireActivity } from './send-reply.js';
import { teamsCallsOf } from './teams-calls.js';
import { CapturingResponse } from './web-response.js';

/** The claims a turn runs with: the token's, or none in local mode (the SDK's anonymous identity). */
export type AgentsAuth = Record<string, unknown>;

/** The SDK's identity type (jsonwebtoken's JwtPayload), as its own API spells it. */
type JwtPayload = Exclude<Parameters<CloudAdapter['continueConversation']>[0], string>;

const PUBLIC_CHANNEL_ISSUER = 'https://api.botframework.com';
/** Under MSAL's five-minute renewal margin: a cached client's token is always still valid. */
const CLIENT_TTL_MS = 4 * 60_000;

/** The SDK's activity from ours: the same wire fields, parsed (and checked) by the SDK. */
const toSdk = (activity: Partial<WireActivity>): SdkActivity => SdkActivity.fromObject(activity);
/** For TurnContext.sendActivity/ies, which parse each activity themselves (Activity.fromObject). */
const unparsed = (activity: Partial<WireActivity>) => activity as unknown as SdkActivity;

/**
 * What the SDK needs to run a turn: its schema (stricter than botbuilder's: no empty recipient id),
 * and the channel, conversation and recipient it builds every reply's reference from (botbuilder
 * tolerates their absence; Teams always sends them).
 */
const isSdkActivity = (activity: WireActivity): boolean => {
  const { channelId, conversation, recipient } = activity as Partial<WireActivity>;
  if (!channelId || !conversation || !recipient) return false;
  try {
    toSdk(activity);
    return true;
  } catch {
    return false;
  }
};

/** Replies returned in the body (expectReplies) in their wire form, as botbuilder returns them. */
function onTheWire(body: unknown): unknown {
  const activities = (body as { activities?: unknown } | undefined)?.activities;
  if (!Array.isArray(activities)) return body;
  return { ...(body as object), activities: (activities as SdkActivity[]).map(wireActivity) };
}

export class AgentsHostAdapter extends CloudAdapter implements SdkAdapter<AgentsAuth> {
  private readonly guard: TokenGuard | undefined;
  private readonly connectors = new ClientCache<ConnectorClient>(undefined, CLIENT_TTL_MS);
  private readonly userTokenClients = new ClientCache<UserTokenClient>();

  constructor(
    private readonly config: Config,
    logger: Logger,
  ) {
    super(authConfiguration(config), undefined, undefined, { validateServiceUrl: true });
    this.guard = config.localMode
      ? undefined
      : createTokenGuard({
          keys: createChannelKeys(channelMetadataUrl(config.botFramework)),
          allowedTenants: config.allowedTenants,
        });
    const onError = createTurnErrorHandler(logger);
    this.onTurnError = (context, error) => onError(this.hostTurn(context), error);
  }

  async authenticate(activity: WireActivity, authHeader: string): Promise<AgentsAuth> {
    if (!this.guard) return {}; // local mode: no identity, as botbuilder's anonymous one
    const check = await this.guard.check(authHeader);
    if (!check.ok) throw new ChannelTokenError(check.reason, check.status);
    const refusal = claimsRefusal(claimsOf(authHeader), {
      issuer: this.config.botFramework.ToBotFromChannelTokenIssuer ?? PUBLIC_CHANNEL_ISSUER,
      audience: this.config.appId ?? '',
      serviceUrl: activity.serviceUrl,
      nowS: Date.now() / 1000,
    });
    if (refusal) throw new ChannelTokenError(refusal);
    return claimsOf(authHeader) ?? {};
  }

  async run(auth: AgentsAuth, activity: WireActivity, logic: TurnLogic) {
    // process() would throw (or fail the turn) where botbuilder answers: the caller's error, 400.
    if (!isSdkActivity(activity)) return { status: 400, body: { error: 'invalid activity' } };
    const request = {
      body: activity,
      headers: {},
      method: 'POST',
      user: auth,
    } as unknown as Request;
    const response = new CapturingResponse();
    await this.process(request, response, (context) => logic(this.hostTurn(context)));
    const { status, body } = response.answer();
    return { status, body: onTheWire(body) };
  }

  continueWith(
    appId: string,
    reference: Readonly<Record<string, unknown>>,
    use: Parameters<SdkAdapter['continueWith']>[2],
  ): Promise<void> {
    // Local mode: an identity without audience, for which the SDK builds an anonymous client.
    const identity = appId ? CloudAdapter.createIdentity(appId) : {};
    // Stored references have botbuilder's shape (`bot`, as conversationReference() writes them on
    // either host): the Agents SDK calls the same field `agent`.
    const sdkReference = { ...reference, agent: reference.agent ?? reference.bot };
    return this.continueConversation(identity, sdkReference as never, (context) =>
      use((activity) => context.sendActivity(unparsed(activity))),
    );
  }

  /** Message replies through the host's own request (send-reply.ts); anything else the SDK's way. */
  override async sendActivities(context: TurnContext, activities: SdkActivity[]) {
    const client = context.turnState.get<ConnectorClient | undefined>(this.ConnectorClientKey);
    if (!client || !activities.every((a) => a.type === 'message'))
      return super.sendActivities(context, activities);
    const sent: { id: string }[] = [];
    for (const activity of activities) {
      delete activity.id;
      sent.push(await postReply(client, activity));
    }
    return sent;
  }

  /**
   * One connector client per app id and service URL, made again every few minutes (it carries the
   * bot's token, which MSAL hands out with at least five minutes left): the SDK makes one per turn.
   */
  protected override createConnectorClientWithIdentity(
    identity: JwtPayload,
    activity: SdkActivity,
  ): Promise<ConnectorClient> {
    const key = `${String(identity?.aud ?? '')}\n${activity.serviceUrl ?? ''}`;
    return this.connectors.get(key, () =>
      super.createConnectorClientWithIdentity(identity, activity),
    );
  }

  /** The bot never signs users in: one user-token client per app id, not one per turn. */
  protected override createUserTokenClient(identity: JwtPayload): Promise<UserTokenClient> {
    return this.userTokenClients.get(String(identity?.aud ?? ''), () =>
      super.createUserTokenClient(identity),
    );
  }

  /**
   * The SDK builds a turn's connector client before the turn, fetching the bot's token for it; this
   * host builds it on the turn's first outbound call instead (hostTurn), as botbuilder does: an
   * invoke answered in the response, or replies returned in the body (expectReplies), need neither
   * the client nor the token, so they do not fail when Entra ID cannot be reached.
   */
  protected override resolveIfConnectorClientIsNeeded(): boolean {
    return false;
  }

  private hostTurn(context: TurnContext): HostTurn {
    const client = async (): Promise<ConnectorClient> => {
      let made = context.turnState.get<ConnectorClient | undefined>(this.ConnectorClientKey);
      if (!made) {
        made = await this.createConnectorClientWithIdentity(context.identity, context.activity);
        this.setConnectorClient(context, made);
      }
      return made;
    };
    const outbound = (activities: Partial<WireActivity>[]) =>
      context.activity.deliveryMode !== DeliveryModes.ExpectReplies &&
      activities.some((a) => a.type !== 'invokeResponse');
    return {
      activity: context.activity as unknown as WireActivity,
      sendActivity: async (activity) => {
        // The invoke's answer is kept for the HTTP response, as the SDK's own sendActivity does,
        // without the conversation reference it would build first (and fail on, for a blank id).
        if (activity.type === 'invokeResponse') {
          context.turnState.set(INVOKE_RESPONSE_KEY, toSdk(activity));
          return undefined;
        }
        if (outbound([activity])) await client();
        return context.sendActivity(unparsed(activity));
      },
      sendActivities: async (activities) => {
        if (outbound(activities)) await client();
        return context.sendActivities(activities.map(unparsed));
      },
      teams: teamsCallsOf(context, client),
    };
  }
}

/** The SDK's settings from ours (the same MicrosoftApp… / BOT_… variables as botbuilder's). */
function authConfiguration(config: Config): AuthConfiguration {
  const { MicrosoftAppPassword, MicrosoftAppTenantId } = config.botFramework;
  return {
    clientId: config.appId,
    ...(MicrosoftAppPassword && { clientSecret: MicrosoftAppPassword }),
    ...(MicrosoftAppTenantId && { tenantId: MicrosoftAppTenantId }),
    ...(config.appType === 'UserAssignedMSI' && { authType: 'UserManagedIdentity' }),
  };
}

export const createAgentsAdapter = (config: Config, logger: Logger): AgentsHostAdapter =>
  new AgentsHostAdapter(config, logger);
