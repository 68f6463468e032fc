// What the Teams host asks of the bot's logic. Nothing here knows botbuilder: the host in
// src/host/teams/ turns activities into these calls and these results into activities.
import type { Lang } from '../guidance/types.js';
import type { Verb } from './verbs.js';

export type ConversationKind = 'personal' | 'groupChat' | 'channel';

/** An Adaptive Card as plain JSON, already rendered (no template expressions left). */
export type CardJson = Readonly<Record<string, unknown>>;

/** Who sent the activity. The name is shown only where the product says so ("started by"). */
export interface Person {
  /** Teams user id (29:…). */
  readonly id: string;
  readonly name?: string;
  /** Entra object id: stored only as a keyed hash (src/privacy/keys.ts). */
  readonly aadObjectId?: string;
}

/** What the bot may ask Teams about the current conversation (implemented in src/host/teams/). */
export interface TeamsPort {
  /** Member ids (29:…), or undefined when there are more than `limit` or they cannot be listed. */
  memberIds(limit: number): Promise<readonly string[] | undefined>;
  /** The sender's role: guests may not manage schedules. */
  senderRole(): Promise<'user' | 'guest' | 'anonymous' | undefined>;
  /**
   * Shows a notice on the meeting stage (Teams' targeted in-meeting notification): only in a
   * meeting's chat, and only when the host knows its public address. Never throws: a failure is
   * logged by the host and the notice is simply not shown; resolves true when Teams accepted it.
   */
  notifyStage?(notice: StageNotice): Promise<boolean>;
}

/** A dialog on the meeting stage: one of this bot's stage pages (Bot.stagePage), for some members. */
export interface StageNotice {
  /** Member ids (29:…) to show it to; the host sends them in the API's batches. */
  readonly recipients: readonly string[];
  /** The dialog's title. */
  readonly title: string;
  /** Which stage page, and its query: ids only, the page is built from them when Teams loads it. */
  readonly page: string;
  readonly query: Readonly<Record<string, string>>;
}

/** A stage page's content; the host writes the HTML around it (and submits a choice's action). */
export interface StagePage {
  readonly lang: Lang;
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly prompt: string;
  /** Each choice submits its verb and data as a card action of the person who chose it. */
  readonly choices: readonly {
    readonly label: string;
    readonly verb: Verb;
    readonly data: Readonly<Record<string, string | number>>;
  }[];
  readonly note: string;
  /** Shown once a choice was sent, and when the page runs outside Teams. */
  readonly sent: string;
  readonly unavailable: string;
}

export interface Turn {
  /** Teams locale of the activity, e.g. "en-US", "fr-CA" (may be missing). */
  readonly locale?: string;
  readonly conversation: ConversationKind;
  readonly conversationId?: string;
  readonly tenantId?: string;
  readonly user?: Person;
  /** IANA time zone Teams sends with the activity (entities[clientInfo].timezone). */
  readonly timezone?: string;
  /** The Teams conversation reference, opaque here, kept for proactive messages. */
  readonly reference?: Readonly<Record<string, unknown>>;
  readonly teams?: TeamsPort;
  /** The Teams meeting whose chat this is (channelData.meeting.id); absent outside meetings. */
  readonly meeting?: { readonly id: string };
}

export interface MessageTurn extends Turn {
  /** The user's text with any @mention of the bot already removed. */
  readonly text: string;
}

export interface ActionTurn extends Turn {
  /** Only verbs of ours reach the bot: the host answers any other with UNKNOWN_VERB. */
  readonly verb: Verb;
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
  | {
      readonly kind: 'card';
      readonly card: CardJson;
      readonly post?: readonly Reply[];
      /** The card is one person's own view (a quiz answer): never post it for everyone to see. */
      readonly personal?: boolean;
    }
  | { readonly kind: 'message'; readonly message: string; readonly post?: readonly Reply[] }
  | { readonly kind: 'bad-request'; readonly code: string; readonly message: string };

/** The answer to a card action whose verb is not one of ours. */
export const UNKNOWN_VERB: ActionResult = Object.freeze({
  kind: 'bad-request',
  code: 'UnknownVerb',
  message: 'This card action is not supported.',
});

/** A compose-box search ("Search the guidance" message extension). */
export interface SearchTurn extends Turn {
  /** What the user typed; empty on the command's first run. */
  readonly query: string;
  /** Paging, as Teams sends it (queryOptions). */
  readonly skip?: number;
  readonly count?: number;
}

/** One search result: a preview to pick from, and the card inserted when it is picked. */
export interface SearchItem {
  readonly entryId: string;
  readonly title: string;
  /** The verdict with its icon ("⚠️ Potentially risky"), or the entry's section title. */
  readonly subtitle: string;
  readonly card: CardJson;
}

export interface SearchResult {
  readonly lang: Lang;
  /** Best first; empty when nothing matches or nothing was typed yet. */
  readonly items: readonly SearchItem[];
  /** Shown instead of a list when there are no items ("Type a word…", "Nothing found"). */
  readonly message?: string;
}

export interface Bot {
  onMessage(turn: MessageTurn): Promise<readonly Reply[]>;
  onAction(turn: ActionTurn): Promise<ActionResult>;
  /** The bot was added to a conversation (or a member installed it in personal scope). */
  onInstalled(turn: Turn): Promise<readonly Reply[]>;
  /** The bot was removed from a conversation: forget everything stored for it. */
  onUninstalled(turn: Turn): Promise<void>;
  /** Compose-box search of the catalogue; optional: a bot without it lists nothing. */
  search?(turn: SearchTurn): Promise<SearchResult>;
  /** A meeting-stage page (StageNotice.page and query), or undefined for an unknown one. */
  stagePage?(page: string, query: Readonly<Record<string, string>>): StagePage | undefined;
}

/** Sends a message to a conversation outside a turn (the weekly scenario). */
export interface ProactiveSender {
  /** Resolves with the sent message id; rejects with a SendError. */
  send(
    reference: Readonly<Record<string, unknown>>,
    reply: Reply,
  ): Promise<{ readonly id: string }>;
}
