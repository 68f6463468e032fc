// Every activity handler is registered here, and only here.
import { ActivityHandler, type InvokeResponse, type TurnContext } from 'botbuilder';
import { handleCardAction } from './handlers/action.js';
import { COMPOSE_QUERY, handleComposeQuery } from './handlers/compose-extension.js';
import type { HandlerDeps } from './handlers/deps.js';
import {
  handleInstallationUpdate,
  handleMembersAdded,
  handleMembersRemoved,
} from './handlers/install.js';
import { handleMessage } from './handlers/message.js';

type Handler = (context: TurnContext, deps: HandlerDeps) => Promise<void>;

export class TeamsRouter extends ActivityHandler {
  constructor(private readonly deps: HandlerDeps) {
    super();
    const run = (handler: Handler) => async (context: TurnContext, next: () => Promise<void>) => {
      await handler(context, deps);
      await next();
    };
    this.onMessage(run(handleMessage));
    this.onInstallationUpdate(run(handleInstallationUpdate));
    this.onMembersAdded(run(handleMembersAdded));
    this.onMembersRemoved(run(handleMembersRemoved));
  }

  /** adaptiveCard/action is answered with HTTP 200 whatever the card status; other invokes: botbuilder's default. */
  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'adaptiveCard/action') {
      return { status: 200, body: await handleCardAction(context, this.deps) };
    }
    if (context.activity.name === COMPOSE_QUERY) return handleComposeQuery(context, this.deps);
    return super.onInvokeActivity(context);
  }
}
