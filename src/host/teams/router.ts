// Every activity handler is registered here, and only here: by activity type, and invokes by name.
// A plain table rather than botbuilder's ActivityHandler: its event chain (a dozen downlevelled
// async steps per activity) was the largest part of the host's own CPU time per question
// (docs/benchmarks.md), and the bot uses none of its other events.
import type { InvokeResponse } from 'botbuilder';
import { handleCardAction } from './handlers/action.js';
import { COMPOSE_QUERY, handleComposeQuery } from './handlers/compose-extension.js';
import type { HandlerDeps } from './handlers/deps.js';
import {
  handleInstallationUpdate,
  handleMembersAdded,
  handleMembersRemoved,
} from './handlers/install.js';
import { handleMessage } from './handlers/message.js';
import { handleTaskSubmit, TASK_SUBMIT } from './handlers/task-submit.js';
import type { HostTurn } from './turn.js';

type Handler = (context: HostTurn, deps: HandlerDeps) => Promise<void>;
type InvokeHandler = (context: HostTurn, deps: HandlerDeps) => Promise<InvokeResponse>;

/** adaptiveCard/action is answered with HTTP 200 whatever the card's own status. */
const cardAction: InvokeHandler = async (context, deps) => ({
  status: 200,
  body: await handleCardAction(context, deps),
});

const INVOKES: ReadonlyMap<string, InvokeHandler> = new Map([
  ['adaptiveCard/action', cardAction],
  [COMPOSE_QUERY, handleComposeQuery],
  // A choice made on the meeting-stage page (meeting-stage.ts, stage-page.ts).
  [TASK_SUBMIT, handleTaskSubmit],
]);

/** Members added and removed can arrive in one update: both are handled, in that order. */
const conversationUpdate: Handler = async (context, deps) => {
  await handleMembersAdded(context, deps);
  await handleMembersRemoved(context, deps);
};

/**
 * Invokes the bot does not implement get 501 Not Implemented, as botbuilder answers them; an invoke
 * without a name is malformed input: 400.
 */
const invoke: Handler = async (context, deps) => {
  const { name } = context.activity;
  const handler = name ? INVOKES.get(name) : undefined;
  const value: InvokeResponse = handler
    ? await handler(context, deps)
    : { status: name ? 501 : 400 };
  await context.sendActivity({ type: 'invokeResponse', value });
};

const HANDLERS: ReadonlyMap<string, Handler> = new Map([
  ['message', handleMessage],
  ['installationUpdate', handleInstallationUpdate],
  ['conversationUpdate', conversationUpdate],
  ['invoke', invoke],
]);

export class TeamsRouter {
  constructor(private readonly deps: HandlerDeps) {}

  /** Runs the turn's handler; other activity types (typing, reactions, events…) are ignored. */
  async run(context: HostTurn): Promise<void> {
    const handler = HANDLERS.get(context.activity.type);
    if (handler) await handler(context, this.deps);
  }
}
