// Search ranking for the compose box ("Search the guidance"): the matcher's own model, but a list
// instead of one decision. A short query such as "petition" or "facebook" lists its likeliest
// entries even when the matcher would only offer "did you mean"; a query the model reads as out of
// scope lists nothing.
import type { Entry, Lang } from '../guidance/types.js';
import type { Matcher } from './matcher.js';

export interface SearchHit {
  readonly entry: Entry;
  readonly score: number;
}

export interface SearchRanking {
  /** The language of the query (langOfText: the locale unless the text is clearly the other). */
  readonly lang: Lang;
  /** Best first, at most `limit`. */
  readonly hits: readonly SearchHit[];
}

export interface SearchOptions {
  /** Hits to leave out from the top (paging). */
  readonly skip?: number;
}

/** No more hits than this, whatever is asked: a compose-box list is for picking, not browsing. */
export const MAX_SEARCH_HITS = 25;

/** An entry is listed when the model gives it at least this probability. */
export const SEARCH_FLOOR = 0.01;

const count = (n: number | undefined, fallback: number, max: number) =>
  n !== undefined && Number.isFinite(n) && n >= 0 ? Math.min(Math.floor(n), max) : fallback;

/**
 * Entries for a query, best first: every entry the model gives at least SEARCH_FLOOR, unless the
 * matcher would say "not found" (out of scope, unreadable or unclear): search never says more than
 * chat. The matcher's answer or suggestions always come first.
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
  const { lang, decision, candidates } = matcher.match(query, locale, {
    top: MAX_SEARCH_HITS,
  });
  if (take === 0) return { lang, hits: [] };
  if (decision.kind === 'not-found') return { lang, hits: [] };
  const listed = candidates.filter((c) => c.score >= SEARCH_FLOOR);
  const hits = listed.slice(skip, skip + take).map((c) => ({ entry: c.entry, score: c.score }));
  return { lang, hits };
}
