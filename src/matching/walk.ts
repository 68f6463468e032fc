// The first pass over a question: every entry's exact coverage, and a bound on its closeness, from
// one list per term (the entries using it: TermTable.entryOf). What grows with the catalogue is
// these lists, not the postings of every phrasing; closeness, which needs the postings, is then
// computed only for the entries that can still make the top (select.ts).
import type { LangIndex } from './catalogue-index.js';
import { coverFactorsOf, nearFactorsOf } from './factors.js';
import type { QuestionTerms } from './question.js';
import type { MatchSettings } from './settings.js';

/** Question terms from this one on are not marked in Walk.uses (bits of an int). */
export const MARKED_TERMS = 31;

/** Per-entry results of the walk; arrays indexed by entry, valid for the listed candidates. */
export interface Walk {
  /** Entries with a phrasing, title or keywords sharing a term with the question, in entry order. */
  readonly candidates: Int32Array;
  readonly count: number;
  /**
   * Coverage before dividing by the total weight: the same products added in the same order
   * (question terms in turn) as the score has always summed them, so the coverage is exact.
   */
  readonly covered: Float64Array;
  /** A bound on the entry's closeness × the question's norm (see nearFactorsOf). */
  readonly nearest: Float64Array;
  /**
   * Bit n: the entry's documents use the question's term n (n < MARKED_TERMS); the sign bit: they
   * use one of its terms (a candidate).
   */
  readonly uses: Int32Array;
  /** Bit n: only the entry's guidance text uses the question's term n (n < MARKED_TERMS). */
  readonly weakUses: Int32Array;
  /** itemAt[e × stride + n]: where the entry is in term n's list (TermTable), when marked. */
  readonly itemAt: Int32Array;
  /** The question's terms marked: min(terms, MARKED_TERMS). */
  readonly stride: number;
}

const CANDIDATE = 1 << 31;

type WalkScratch = Omit<Walk, 'count' | 'stride'>;

/**
 * One per index, reused by every question (matching is synchronous). Every per-entry array is
 * cleared at the start of a question: a few kilobytes, and the walk itself then needs no test of
 * whether an entry was met before (which, on the lists of the commonest terms, cost more).
 */
const scratches = new WeakMap<LangIndex, WalkScratch>();

function scratchOf(index: LangIndex): WalkScratch {
  let s = scratches.get(index);
  if (!s) {
    const n = index.entries.length;
    s = {
      candidates: new Int32Array(n),
      covered: new Float64Array(n),
      nearest: new Float64Array(n),
      uses: new Int32Array(n),
      weakUses: new Int32Array(n),
      itemAt: new Int32Array(n * MARKED_TERMS),
    };
    scratches.set(index, s);
  }
  s.covered.fill(0);
  s.nearest.fill(0);
  s.uses.fill(0);
  s.weakUses.fill(0);
  return s;
}

export function walkEntries(index: LangIndex, q: QuestionTerms, s: MatchSettings): Walk {
  const { entryStart, weakFrom, entryOf } = index.table;
  const factors = coverFactorsOf(index, s);
  const nearFactors = nearFactorsOf(index, s.neighbourWeights);
  const { candidates, covered, nearest, uses, weakUses, itemAt } = scratchOf(index);
  const stride = Math.min(q.ids.length, MARKED_TERMS);
  for (let n = 0; n < q.ids.length; n++) {
    const t = q.ids[n]!;
    if (t < 0) continue;
    const w = q.weights[n]!;
    const marked = n < stride;
    const flag = marked ? CANDIDATE | (1 << n) : CANDIDATE;
    const weakStart = weakFrom[t]!;
    for (let i = entryStart[t]!; i < weakStart; i++) {
      const e = entryOf[i]!;
      covered[e] = covered[e]! + w * factors[i]!;
      nearest[e] = nearest[e]! + w * w * nearFactors[i]!;
      uses[e] = uses[e]! | flag;
      if (marked) itemAt[e * stride + n] = i;
    }
    // Each entry is in one part or the other: its coverage still adds up in question order.
    const weakGain = s.weakCoverage * w;
    const bit = marked ? 1 << n : 0;
    for (let i = weakStart, end = entryStart[t + 1]!; i < end; i++) {
      const e = entryOf[i]!;
      covered[e] = covered[e]! + weakGain;
      weakUses[e] = weakUses[e]! | bit;
    }
  }
  let count = 0;
  for (let e = 0; e < uses.length; e++) if (uses[e] !== 0) candidates[count++] = e;
  return { candidates, count, covered, nearest, uses, weakUses, itemAt, stride };
}
