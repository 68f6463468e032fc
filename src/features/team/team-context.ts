// What the team features need from every turn: the conversation's and the person's stored names
// (keyed hashes, never the ids themselves) and the card language.
import type { EntryLookup } from '../qa/cards/answer.js';
import type { Catalogue } from '../../guidance/types.js';
import type { KeyHasher } from '../../privacy/keys.js';
import type { ActionResult, Turn } from '../../contract/activities.js';
import type { Conversations } from '../../conversations/conversations.js';

export interface TeamContext {
  readonly hasher: KeyHasher;
  readonly conversations: Conversations;
  readonly catalogue: Catalogue;
  /**
   * Production: a person is known only by the Entra object id Teams sends (aadObjectId). The
   * channel-specific `from.id` is a caller-chosen string on other channels, so keying by it would
   * let one caller write under another person's key. Local mode (Playground) falls back to it.
   */
  readonly entraIdRequired: boolean;
}

export const lookupIn =
  (catalogue: Catalogue): EntryLookup =>
  (id) =>
    catalogue.byId.get(id);

/**
 * The person's stored name: HMAC of the Entra object id; in local mode, of the Teams id when there
 * is none. Undefined when the person cannot be known: nothing is stored for them.
 */
export const personKeyOf = (ctx: TeamContext, turn: Turn): string | undefined => {
  const id = turn.user?.aadObjectId ?? (ctx.entraIdRequired ? undefined : turn.user?.id);
  return id ? ctx.hasher.person(id) : undefined;
};

export const badRequest = (code: string, message: string): ActionResult => ({
  kind: 'bad-request',
  code,
  message,
});
