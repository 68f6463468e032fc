// What the team features need from every turn: the conversation's and the person's stored names
// (keyed hashes, never the ids themselves) and the card language.
import type { EntryLookup } from '../../cards/answer.js';
import type { Catalogue, Lang } from '../../guidance/types.js';
import { localeLang } from '../../matching/language.js';
import type { KeyHasher } from '../../privacy/keys.js';
import type { ActionResult, Turn } from '../contract.js';
import type { Conversations } from '../conversations.js';

export interface TeamContext {
  readonly hasher: KeyHasher;
  readonly conversations: Conversations;
  readonly catalogue: Catalogue;
}

export const lookupIn =
  (catalogue: Catalogue): EntryLookup =>
  (id) =>
    catalogue.byId.get(id);

/** The person's stored name: HMAC of the Entra object id (the Teams id when there is none). */
export const personKeyOf = (ctx: TeamContext, turn: Turn): string | undefined => {
  const id = turn.user?.aadObjectId ?? turn.user?.id;
  return id ? ctx.hasher.person(id) : undefined;
};

export const langOfData = (data: Readonly<Record<string, unknown>>, turn: Turn): Lang =>
  data.lang === 'fr' || data.lang === 'en' ? data.lang : localeLang(turn.locale);

export const badRequest = (code: string, message: string): ActionResult => ({
  kind: 'bad-request',
  code,
  message,
});
