// The conversations the bot is in, with the Teams reference needed to post to them later (the
// weekly scenario). Captured on install, refreshed on messages (Teams may move a conversation to
// another service URL), forgotten on uninstall.
import type { Lang } from '../guidance/types.js';
import type { KeyHasher } from '../privacy/keys.js';
import type { Storage } from '../storage/storage.js';
import { RecentKeys } from '../util/recent-keys.js';
import type { ConversationKind, Turn } from '../contract/activities.js';

export interface ConversationRecord {
  readonly kind: ConversationKind;
  readonly reference: Readonly<Record<string, unknown>>;
  readonly lang: Lang;
  readonly updatedAt: string;
}

export interface Conversations {
  /** The stored name of the turn's conversation (a keyed hash), or undefined without an id. */
  keyOf(turn: Turn): string | undefined;
  /**
   * Stores the reference (at most once an hour per conversation and instance); true if written.
   * The language may be given as a function: it is then worked out only when a record is written.
   */
  remember(turn: Turn, lang: Lang | (() => Lang), force?: boolean): Promise<boolean>;
  get(key: string): Promise<ConversationRecord | undefined>;
  /** Deletes the conversation's record (the bot was removed from it). */
  forget(key: string): Promise<void>;
}

/** Where a conversation's record is kept. */
const recordKey = (conversationKey: string) => `conv/${conversationKey}`;

/** Refreshing a reference costs a storage write: once an hour per conversation is plenty. */
const REFRESH_MS = 60 * 60 * 1000;

export function createConversations(
  storage: Storage,
  hasher: KeyHasher,
  now = () => Date.now(),
): Conversations {
  const recent = new RecentKeys(REFRESH_MS, 10_000);
  // A channel reply thread is "<channel id>;messageid=<n>": the channel is the conversation.
  const keyOf = (turn: Turn) =>
    turn.conversationId ? hasher.conversation(turn.conversationId.split(';')[0]!) : undefined;
  return {
    keyOf,
    async remember(turn, lang, force = false) {
      // Personal chats first: no keyed hash (an HMAC) to compute for them on every message.
      if (!turn.reference || turn.conversation === 'personal') return false;
      const key = keyOf(turn);
      if (!key) return false;
      if (!recent.firstTime(key, now()) && !force) return false;
      const record: ConversationRecord = {
        kind: turn.conversation,
        reference: turn.reference,
        lang: typeof lang === 'function' ? lang() : lang,
        updatedAt: new Date(now()).toISOString(),
      };
      await storage.write(recordKey(key), record);
      return true;
    },
    get: async (key) => (await storage.read<ConversationRecord>(recordKey(key)))?.value,
    forget: (key) => storage.delete(recordKey(key)),
  };
}
