// A feature of the bot beyond answering questions (the quiz, the weekly scenario): the message
// commands it recognises and the card verbs it handles. Features are registered in one place
// (src/features/bot.ts); the Q&A bot answers everything else.
import type { ActionResult, ActionTurn, MessageTurn, Reply } from './activities.js';
import type { Verb } from './verbs.js';

export type ActionHandler = (turn: ActionTurn) => Promise<ActionResult>;

export interface Feature {
  /** Replies to a command, or undefined when the message is not one of this feature's commands. */
  command(turn: MessageTurn): Promise<readonly Reply[]> | undefined;
  /** Deletes everything this feature stored for a conversation (the bot was removed from it). */
  forgetConversation?(conversationKey: string): Promise<void>;
  /** Handlers by verb. */
  readonly actions: Readonly<Partial<Record<Verb, ActionHandler>>>;
}
