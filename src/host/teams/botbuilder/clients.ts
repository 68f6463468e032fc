// Connector and user-token clients, made once per bot app id, service URL and audience instead of
// once per turn. CloudAdapter builds both for every incoming activity — each a new Azure SDK
// client with its own HTTP pipeline — and that construction cost more CPU than the bot's answer
// (docs/benchmarks.md). The clients hold no per-turn state (their credentials cache their own
// tokens), and botbuilder's older BotFrameworkAdapter kept them per service URL the same way.
// Proactive sends keep a fresh client of their own (proactive.ts strips its retries).
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder-core'; // not botbuilder's index: adapter.ts
import { ClientCache } from '../client-cache.js';

type Auth = ConfigurationBotFrameworkAuthentication;
type ClaimsIdentity = Parameters<Auth['createUserTokenClient']>[0];
type UserTokenClient = Awaited<ReturnType<Auth['createUserTokenClient']>>;
export type ConnectorFactory = ReturnType<Auth['createConnectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** The bot's own app id, as botbuilder reads it to pick credentials (audience, else appid claim). */
const appIdOf = (identity: ClaimsIdentity): string =>
  identity.getClaimValue('aud') ?? identity.getClaimValue('appid') ?? '';

/** botbuilder's authentication, with one user-token client per app id (this bot never signs in). */
export class HostAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly userTokenClients = new ClientCache<UserTokenClient>();

  override createUserTokenClient(identity: ClaimsIdentity): Promise<UserTokenClient> {
    return this.userTokenClients.get(appIdOf(identity), () =>
      super.createUserTokenClient(identity),
    );
  }
}

/** A connector factory handing out the clients in `cache` (made by `factory` the first time). */
export function cachedConnectors(
  factory: ConnectorFactory,
  identity: ClaimsIdentity,
  cache: ClientCache<ConnectorClient>,
): ConnectorFactory {
  const appId = appIdOf(identity);
  return {
    create: (serviceUrl: string, audience?: string) =>
      cache.get(`${appId}\n${serviceUrl}\n${audience ?? ''}`, () =>
        factory.create(serviceUrl, audience),
      ),
  };
}
