// Scores every entry against a question. Two signals, both explainable:
// - closeness: cosine similarity (idf-weighted) to the entry's closest phrasing, title or keywords;
// - coverage: how much of the question's meaning (idf mass) the entry's vocabulary accounts for.
// Unknown words count against both, which is what keeps out-of-scope questions out.
//
// In three steps, so that matching time grows far less than the catalogue (docs/benchmarks.md,
// scaling): every entry's coverage and a bound on its closeness from one short list per term
// (walk.ts); closeness only for the entries that can still make the top (select.ts,
// closeness.ts); candidates built only for the entries returned.
import type { Entry } from '../guidance/types.js';
import type { LangIndex } from './catalogue-index.js';
import { questionTerms, type QuestionTerms } from './question.js';
import { walkEntries, type Walk } from './walk.js';
import { select, type Scored } from './select.js';
import type { MatchSettings } from './settings.js';

export interface Candidate {
  readonly entry: Entry;
  readonly score: number;
  readonly closeness: number;
  readonly coverage: number;
  /** The phrasing (or title) closest to the question. */
  readonly closest: string;
  readonly matched: readonly string[];
}

/**
 * Scores the entries sharing a word with the question, best first (ties: by id).
 *
 * With `limit`, the list holds at most `limit` candidates (at least one): exactly the first ones
 * of the full list.
 */
export function scoreEntries(
  index: LangIndex,
  terms: readonly string[],
  s: MatchSettings,
  limit = Infinity,
): Candidate[] {
  const q = questionTerms(index, terms);
  const walk = walkEntries(index, q, s);
  const m = Math.max(1, Math.floor(limit));
  const rank = idRanks(index);
  return select(index, q, walk, s, m)
    .sort((a, b) => b.score - a.score || rank[a.e]! - rank[b.e]!)
    .slice(0, m)
    .map((c) => candidate(index, c, q, walk));
}

/**
 * Each entry's place in the order of ids (String.prototype.localeCompare, as the ranking always
 * used), worked out once per index: comparing ids on every tie was a good part of a question's
 * time when a large catalogue has many entries scoring alike.
 */
const ranks = new WeakMap<LangIndex, Int32Array>();

function idRanks(index: LangIndex): Int32Array {
  let rank = ranks.get(index);
  if (!rank) {
    const ids = index.entries.map((e) => e.id);
    const order = ids.map((_, i) => i).sort((a, b) => ids[a]!.localeCompare(ids[b]!));
    rank = new Int32Array(ids.length);
    // Ids that compare equal (none are expected) share a rank, so they still tie.
    order.forEach((e, r) => {
      const previous = order[r - 1];
      rank![e] =
        previous !== undefined && ids[previous]!.localeCompare(ids[e]!) === 0
          ? rank![previous]!
          : r;
    });
    ranks.set(index, rank);
  }
  return rank;
}

function candidate(index: LangIndex, c: Scored, q: QuestionTerms, walk: Walk): Candidate {
  return {
    entry: index.entries[c.e]!,
    score: c.score,
    closeness: c.closeness,
    coverage: c.coverage,
    closest: index.docs[c.closest]!.label,
    matched: matchedTerms(index, c.e, q.terms, walk),
  };
}

/**
 * The question's terms the entry uses: in its phrasings, title or keywords, else "(weakly)". The
 * walk marked them (its lists are the index's salience and weak sets); later terms are looked up.
 */
function matchedTerms(index: LangIndex, e: number, terms: readonly string[], walk: Walk): string[] {
  const matched: string[] = [];
  const uses = walk.uses[e]!;
  const weakUses = walk.weakUses[e]!;
  for (let n = 0; n < terms.length; n++) {
    const t = terms[n]!;
    const salient = n < walk.stride ? (uses & (1 << n)) !== 0 : index.salience[e]!.has(t);
    if (salient) matched.push(t);
    else if (n < walk.stride ? (weakUses & (1 << n)) !== 0 : index.weak[e]!.has(t))
      matched.push(`(${t})`);
  }
  return matched;
}
