// The botbuilder host's adapter (../turn.ts SdkAdapter), built from the configuration's botbuilder
// settings (standard names).
import type {
  Activity,
  ConfigurationBotFrameworkAuthentication,
  ResourceResponse,
  TurnContext,
} from 'botbuilder';
// Values come from the modules that define them, not botbuilder's index, which loads the whole SDK
// (bench/notes.md, item 18); botbuilder is archived, so these paths are final.
import { CloudAdapter } from 'botbuilder/lib/cloudAdapter.js';
import type { Config } from '../../../config/config.js';
import type { Logger } from '../../../util/logger.js';
import type { HostTurn, SdkAdapter, TurnLogic } from '../turn.js';
import { createTurnErrorHandler } from '../turn-error.js';
import { ClientCache } from '../client-cache.js';
import { cachedConnectors, HostAuthentication, type ConnectorFactory } from './clients.js';
import { disableSdkRetries } from './send-connector.js';
import { isReplyClient, postReply } from './send-reply.js';
import { teamsCallsOf } from './teams-calls.js';

export type AuthResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/** The router's view of a botbuilder turn (and botbuilder's own context, for this host's tests). */
export interface BotbuilderTurn extends HostTurn {
  readonly context: TurnContext;
}

const hostTurn = (context: TurnContext): BotbuilderTurn => ({
  context,
  activity: context.activity,
  sendActivity: (activity) => context.sendActivity(activity),
  sendActivities: (activities) => context.sendActivities(activities),
  teams: teamsCallsOf(context),
});

/**
 * CloudAdapter.process() answers auth failures that are not botbuilder AuthenticationErrors (a bad
 * signature, alg "none"…) with 500 and puts the error message in the body. The host therefore
 * authenticates first and runs the turn with the result, answering the HTTP request itself.
 */
export class HostAdapter extends CloudAdapter implements SdkAdapter<AuthResult> {
  /** Connector clients for turns, reused across turns (clients.ts). */
  private readonly connectors = new ClientCache<Awaited<ReturnType<ConnectorFactory['create']>>>();

  authenticate(activity: Activity, authHeader: string): Promise<AuthResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  run(auth: AuthResult, activity: Activity, logic: TurnLogic) {
    const { connectorFactory, claimsIdentity } = auth;
    // Without a factory botbuilder reports its own error; there is nothing to cache.
    const cached = connectorFactory
      ? { connectorFactory: cachedConnectors(connectorFactory, claimsIdentity, this.connectors) }
      : {};
    return this.processActivity({ ...auth, ...cached }, activity, (context) =>
      logic(hostTurn(context)),
    );
  }

  /** A proactive turn whose connector client has the Azure SDK's retries removed (send-connector.ts). */
  continueWith(
    appId: string,
    reference: Readonly<Record<string, unknown>>,
    use: Parameters<SdkAdapter['continueWith']>[2],
  ): Promise<void> {
    return this.continueConversationAsync(appId, reference, async (context) => {
      // Inside `post`, so a client whose retries cannot be removed fails that send (caught by the
      // sender) instead of the turn, which onTurnError would answer with an apology in the channel.
      await use((activity) => {
        disableSdkRetries(context.turnState.get(this.ConnectorClientKey));
        return context.sendActivity(activity);
      });
    });
  }

  /**
   * Message replies go out by the host's own request with the connector client's address and
   * credentials (send-reply.ts); every other activity (invoke responses, delays, traces) takes
   * botbuilder's own path.
   */
  override async sendActivities(
    context: TurnContext,
    activities: Partial<Activity>[],
  ): Promise<ResourceResponse[]> {
    const client: unknown = context.turnState.get(this.ConnectorClientKey);
    if (!isReplyClient(client) || !activities.every((a) => a.type === 'message'))
      return super.sendActivities(context, activities);
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      delete activity.id;
      responses.push(await postReply(client, activity));
    }
    return responses;
  }
}

export function createAdapter(config: Config, logger: Logger): HostAdapter {
  const auth = new HostAuthentication({ ...config.botFramework });
  const adapter = new HostAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(logger);
  return adapter;
}
