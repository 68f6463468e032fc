// What the Teams host asks of the bot's logic. Nothing here knows botbuilder: the host in
// src/teams/ turns activities into these calls and these results into activities.
import type { Lang } from '../guidance/types.js';

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** An Adaptive Card as plain JSON, already rendered (no template expressions left). */
export type CardJson = Readonly<Record<string, unknown>>;

export interface Turn {
  /** Teams locale of the activity, e.g. "en-US", "fr-CA" (may be missing). */
  readonly locale?: string;
  readonly conversation: ConversationKind;
}

export interface MessageTurn extends Turn {
  /** The user's text with any @mention of the bot already removed. */
  readonly text: string;
}

export interface ActionTurn extends Turn {
  readonly verb: string;
  readonly data: Readonly<Record<string, unknown>>;
}

/** One message the bot sends back: a card, plain text, or both. */
export interface Reply {
  readonly lang: Lang;
  readonly text?: string;
  readonly card?: CardJson;
}

/** Answer to an Adaptive Card Universal Action (adaptiveCard/action invoke). */
export type ActionResult =
  | { readonly kind: 'card'; readonly card: CardJson }
  | { readonly kind: 'message'; readonly message: string }
  | { readonly kind: 'bad-request'; readonly code: string; readonly message: string };

export interface GuidanceBot {
  onMessage(turn: MessageTurn): Promise<readonly Reply[]>;
  onAction(turn: ActionTurn): Promise<ActionResult>;
  /** The bot was added to a conversation (or a member installed it in personal scope). */
  onInstalled(turn: Turn): Promise<readonly Reply[]>;
}
