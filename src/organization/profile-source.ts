// The organization profile in force, changeable without a redeploy. A profile a content owner puts
// in storage under PROFILE_KEY replaces the one configured at start (SUPPORT_PROFILE) while it is
// there. It is read again every few minutes (start(), PROFILE_RELOAD_MINUTES) and on demand
// (reload(): src/index.ts calls it at start and on SIGHUP), and checked exactly as at start-up
// (profile-check.ts). A profile with any problem is refused, every problem logged once per stored
// version, and the last good profile stays in force: a typo must never take the contacts down.
// Storage knows nothing of profiles: the profile is one stored value like any other.
import type { Catalogue } from '../guidance/types.js';
import type { Storage } from '../storage/storage.js';
import type { Logger } from '../util/logger.js';
import { profileProblems } from './profile-check.js';
import { parseSupportProfile, type SupportProfile } from './profile.js';

/** Where the stored profile lives: organization/profile.json in the file store and the container. */
export const PROFILE_KEY = 'organization/profile';

export type ReloadOutcome =
  /** A new profile is in force: the stored one, or the configured one again once it was removed. */
  | { readonly kind: 'applied'; readonly from: 'storage' | 'configuration' }
  | { readonly kind: 'unchanged' }
  /** The stored profile has problems (all of them here): the last good one stays. */
  | { readonly kind: 'refused'; readonly problems: readonly string[] }
  /** Storage failed or holds something that is not a stored value: the last good one stays. */
  | { readonly kind: 'unreadable'; readonly reason: string };

export interface ProfileSource {
  /** The profile in force now; read it per turn, never keep it. */
  current(): SupportProfile | undefined;
  /** Reads the stored profile now; never rejects. Concurrent calls share one read. */
  reload(): Promise<ReloadOutcome>;
  /** `listener` runs with each new profile, once it is in force (before reload() resolves). */
  onChange(listener: (profile: SupportProfile | undefined) => void): void;
  /** Reloads every `everyMs` until stop(); 0 starts nothing. The timer never keeps the process up. */
  start(everyMs: number): void;
  stop(): void;
}

export interface ProfileSourceOptions {
  /** The profile loaded from SUPPORT_PROFILE at start, in force while storage holds none. */
  readonly configured?: SupportProfile;
  readonly storage: Storage;
  /** The guidance the profile's reminder is added to, for the same check as at start-up. */
  readonly guidance: Catalogue;
  readonly logger?: Pick<Logger, 'info' | 'warn'>;
}

const UNCHANGED: ReloadOutcome = { kind: 'unchanged' };

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);

/** What is in force: the profile, and the stored version it came from (none: the configured one). */
interface InForce {
  readonly profile: SupportProfile | undefined;
  readonly eTag?: string;
}

export function createProfileSource(options: ProfileSourceOptions): ProfileSource {
  const { configured, storage, guidance, logger } = options;
  const listeners: ((profile: SupportProfile | undefined) => void)[] = [];
  let inForce: InForce = { profile: configured };
  /** The last stored version refused, so its problems are logged once, not at every reload. */
  let refused: { eTag: string; outcome: ReloadOutcome } | undefined;
  let running: Promise<ReloadOutcome> | undefined;
  let timer: NodeJS.Timeout | undefined;

  function apply(next: InForce, from: 'storage' | 'configuration'): ReloadOutcome {
    inForce = next;
    const { profile } = next;
    // Counts only: the profile's content is on the cards, not in the logs.
    logger?.info(
      { key: PROFILE_KEY, from, contacts: profile?.contacts.length ?? 0 },
      from === 'storage'
        ? 'organization profile applied from storage'
        : 'organization profile removed from storage: the configured one (SUPPORT_PROFILE, if set) is in force',
    );
    for (const listener of listeners) {
      try {
        listener(profile);
      } catch (error) {
        logger?.warn({ err: errorName(error) }, 'a reader of the organization profile failed');
      }
    }
    return { kind: 'applied', from };
  }

  function refuse(eTag: string, problems: readonly string[]): ReloadOutcome {
    const outcome: ReloadOutcome = { kind: 'refused', problems };
    if (refused?.eTag !== eTag)
      logger?.warn(
        { key: PROFILE_KEY, problems },
        'organization profile in storage refused: the last good profile stays in force',
      );
    refused = { eTag, outcome };
    return outcome;
  }

  function unreadable(error: unknown): ReloadOutcome {
    const reason = `${errorName(error)}: ${error instanceof Error ? error.message : String(error)}`;
    logger?.warn(
      { key: PROFILE_KEY, reason },
      'organization profile could not be read: the last good profile stays in force',
    );
    return { kind: 'unreadable', reason };
  }

  async function read(): Promise<ReloadOutcome> {
    const item = await storage.read(PROFILE_KEY);
    if (!item)
      return inForce.eTag === undefined
        ? UNCHANGED
        : apply({ profile: configured }, 'configuration');
    if (item.eTag === inForce.eTag) return UNCHANGED;
    const problems = profileProblems(item.value, guidance);
    if (problems.length > 0) return refuse(item.eTag, problems);
    const profile = parseSupportProfile(item.value, PROFILE_KEY);
    // Stored again as it was (another eTag, same content): nothing for the cards to change.
    if (inForce.eTag !== undefined && JSON.stringify(profile) === JSON.stringify(inForce.profile)) {
      inForce = { profile: inForce.profile, eTag: item.eTag };
      return UNCHANGED;
    }
    return apply({ profile, eTag: item.eTag }, 'storage');
  }

  const reload = () =>
    (running ??= read()
      .catch(unreadable)
      .finally(() => {
        running = undefined;
      }));

  return {
    current: () => inForce.profile,
    reload,
    onChange: (listener) => void listeners.push(listener),
    start(everyMs) {
      if (timer || everyMs <= 0) return;
      timer = setInterval(() => void reload(), everyMs);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
