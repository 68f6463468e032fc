// The Teams conversation reference is kept to post the weekly scenario later. As botbuilder builds
// it, it names the person who last wrote (id, display name, Entra object id) and the conversation's
// title: neither is needed to post, so neither is stored.
import type { Turn } from '../contract/activities.js';

type Reference = Readonly<Record<string, unknown>>;

export function withoutPeople(reference: Reference): Reference {
  const { user: _user, activityId: _activityId, conversation, ...rest } = reference;
  if (!conversation || typeof conversation !== 'object') return rest;
  const { name: _name, ...kept } = conversation as Record<string, unknown>;
  return { ...rest, conversation: kept };
}

/** The turn with a reference safe to store. */
export const withStorableReference = <T extends Turn>(turn: T): T =>
  turn.reference ? { ...turn, reference: withoutPeople(turn.reference) } : turn;
