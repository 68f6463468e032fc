// The Bot Framework adapter, built from the configuration's botbuilder settings (standard names).
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { createTurnErrorHandler } from './turn-error.js';

export type AuthResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

/**
 * CloudAdapter.process() answers auth failures that are not botbuilder AuthenticationErrors (a bad
 * signature, alg "none"…) with 500 and puts the error message in the body. The host therefore
 * authenticates first and runs the turn with the result, answering the HTTP request itself.
 */
export class HostAdapter extends CloudAdapter {
  authenticate(activity: Activity, authHeader: string): Promise<AuthResult> {
    return this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
  }

  run(auth: AuthResult, activity: Activity, logic: (context: TurnContext) => Promise<void>) {
    return this.processActivity(auth, activity, logic);
  }
}

export function createAdapter(config: Config, logger: Logger): HostAdapter {
  const auth = new ConfigurationBotFrameworkAuthentication({ ...config.botFramework });
  const adapter = new HostAdapter(auth);
  adapter.onTurnError = createTurnErrorHandler(logger);
  if (config.localMode) {
    logger.warn(
      'authentication is OFF: local mode (no MicrosoftAppId/BOT_ID). Anyone who can reach ' +
        '/api/messages can talk to the bot; never expose this port.',
    );
  }
  return adapter;
}
