// The Q&A as the organization's profile has it now: the guidance plus the profile's reminder (the
// catalogue served), the matcher over that catalogue, and the profile's contacts on the support and
// not-found cards. The profile comes through a function (organization/profile-source.ts) read at
// every turn; a new profile makes a new Q&A, swapped whole between turns, so one turn never mixes
// two profiles. The catalogue and matcher are rebuilt only when the reminder changed: a contact's
// new phone number keeps them (and the answer cards rendered from them).
import type { Bot } from '../../contract/activities.js';
import { withAddition } from '../../guidance/extend.js';
import type { Catalogue, Lang } from '../../guidance/types.js';
import { createMatcher, type Matcher } from '../../matching/matcher.js';
import type { SupportProfile } from '../../organization/profile.js';
import { createQa, type QaDeps } from './qa.js';

export interface ServedQaDeps extends Pick<QaDeps, 'feedback' | 'onMatched'> {
  /** The guidance's own catalogue, which every organization's reminder is added to. */
  readonly guidance: Catalogue;
  /** The profile in force (ProfileSource.current). */
  readonly profile: () => SupportProfile | undefined;
}

export interface ServedQa {
  /** The Q&A bot: each turn is answered with the profile in force when it starts. */
  readonly bot: Bot;
  /** The catalogue served now: the guidance plus the reminder of the profile in force. */
  catalogue(): Catalogue;
  /**
   * Builds for the profile in force now, matcher ready in both languages, so that no turn waits
   * for it: call it when the profile changes. (Without it, the next turn builds, lazily.)
   */
  refresh(): void;
}

interface Served {
  readonly profile: SupportProfile | undefined;
  /** The reminder as JSON: the same reminder keeps the catalogue and its matcher. */
  readonly reminder: string;
  readonly catalogue: Catalogue;
  readonly matcher: Matcher;
  readonly qa: Bot;
}

const LANGS: readonly Lang[] = ['en', 'fr'];

export function servedQa(deps: ServedQaDeps): ServedQa {
  const build = (profile: SupportProfile | undefined, previous?: Served): Served => {
    const reminder = JSON.stringify(profile?.reminder ?? null);
    const kept = previous?.reminder === reminder ? previous : undefined;
    const catalogue = kept?.catalogue ?? withAddition(deps.guidance, profile?.reminder);
    const matcher = kept?.matcher ?? createMatcher(catalogue);
    const { feedback, onMatched } = deps;
    const qa = createQa({ catalogue, matcher, feedback, supportProfile: profile, onMatched });
    return { profile, reminder, catalogue, matcher, qa };
  };

  let served = build(deps.profile());
  const now = (): Served => {
    const profile = deps.profile();
    if (profile !== served.profile) served = build(profile, served);
    return served;
  };

  const bot: Bot = {
    onMessage: (turn) => now().qa.onMessage(turn),
    onAction: (turn) => now().qa.onAction(turn),
    onInstalled: (turn) => now().qa.onInstalled(turn),
    onUninstalled: (turn) => now().qa.onUninstalled(turn),
    // createQa always has a search (the compose box's "Search the guidance").
    search: (turn) => now().qa.search!(turn),
  };

  return {
    bot,
    catalogue: () => now().catalogue,
    refresh() {
      const before = served.matcher;
      const { matcher } = now();
      // A new matcher reads its language's model on its first question (a few ms each): do it here.
      if (matcher !== before) for (const lang of LANGS) matcher.matchIn('social media', lang);
    },
  };
}
