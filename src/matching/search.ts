// Search ranking for the compose box ("Search the guidance"): the matcher's own analysis and
// scores, but a list instead of one decision. A short query such as "petition" or "facebook" lists
// its best entries even when the matcher would only offer "did you mean"; a query the matcher
// declines (empty, meaningless, out of scope) lists nothing, so search never says more than chat.
import type { Entry, Lang } from '../guidance/types.js';
import type { Matcher } from './matcher.js';
import { DEFAULT_SETTINGS, type MatchSettings } from './settings.js';

export interface SearchHit {
  readonly entry: Entry;
  readonly score: number;
}

export interface SearchRanking {
  /** The language of the query (detectLanguage: the locale unless the text is clearly the other). */
  readonly lang: Lang;
  /** Best first, at most `limit`. */
  readonly hits: readonly SearchHit[];
}

export interface SearchOptions {
  /** Hits to leave out from the top (paging). */
  readonly skip?: number;
  /** The matcher's settings, for the score an entry needs to be listed (`suggest`). */
  readonly settings?: Pick<MatchSettings, 'suggest'>;
}

/** No more hits than this, whatever is asked: a compose-box list is for picking, not browsing. */
export const MAX_SEARCH_HITS = 25;

const count = (n: number | undefined, fallback: number, max: number) =>
  n !== undefined && Number.isFinite(n) && n >= 0 ? Math.min(Math.floor(n), max) : fallback;

/**
 * Entries for a query, best first. Listed: what the matcher would answer or suggest, and every
 * other candidate scoring at least `suggest` (the "did you mean" floor). A query answered only
 * because it matches a phrasing almost exactly (no word of the guidance's domain) lists that
 * entry alone.
 */
export function searchEntries(
  matcher: Matcher,
  query: string,
  locale: string | undefined,
  limit = 10,
  options: SearchOptions = {},
): SearchRanking {
  const skip = count(options.skip, 0, MAX_SEARCH_HITS);
  const take = count(limit, 10, MAX_SEARCH_HITS - skip);
  const { suggest } = options.settings ?? DEFAULT_SETTINGS;
  const { lang, decision, candidates, anchored } = matcher.match(query, locale, {
    top: MAX_SEARCH_HITS,
  });
  if (decision.kind === 'not-found' || take === 0) return { lang, hits: [] };
  const listed = anchored
    ? candidates.filter((c) => c.score >= suggest)
    : decision.kind === 'answer'
      ? [decision.best]
      : [];
  const hits = listed.slice(skip, skip + take).map((c) => ({ entry: c.entry, score: c.score }));
  return { lang, hits };
}
