// A frozen copy of src/matching/score.ts as it was before the postings walk was reworked for
// scaling (issue 6): the equivalence test (score-equivalence.test.ts) checks the current
// implementation gives exactly the same candidates. Not used by the bot; do not "improve" it.
// The index no longer holds the postings maps this version walked: legacyOf rebuilds them from the
// index's documents exactly as buildIndex did.

// Scores every entry against a question. Two signals, both explainable:
// - closeness: cosine similarity (idf-weighted) to the entry's closest phrasing, title or keywords;
// - coverage: how much of the question's meaning (idf mass) the entry's vocabulary accounts for.
// Unknown words count against both, which is what keeps out-of-scope questions out.
import type { LangIndex } from '../../src/matching/catalogue-index.js';
import type { Candidate } from '../../src/matching/score.js';
import { topPositions } from '../../src/matching/select.js'; // same selection, any array length
import type { MatchSettings } from '../../src/matching/settings.js';

export type { Candidate };

interface Legacy {
  readonly postings: ReadonlyMap<string, Int32Array>;
  readonly docEntry: Int32Array;
  readonly docNorm: Float64Array;
  readonly scratch: { readonly dots: Float64Array; readonly touched: number[] };
}

const legacies = new WeakMap<LangIndex, Legacy>();

function legacyOf(index: LangIndex): Legacy {
  let legacy = legacies.get(index);
  if (!legacy) {
    const { docs } = index;
    const postings = new Map<string, number[]>();
    docs.forEach((d, i) => {
      for (const t of d.terms) {
        const list = postings.get(t);
        if (list) list.push(i);
        else postings.set(t, [i]);
      }
    });
    legacy = {
      postings: new Map([...postings].map(([t, list]) => [t, Int32Array.from(list)])),
      docEntry: Int32Array.from(docs, (d) => d.entry),
      docNorm: Float64Array.from(docs, (d) => d.norm),
      scratch: { dots: new Float64Array(docs.length), touched: [] },
    };
    legacies.set(index, legacy);
  }
  return legacy;
}

const weightOf = (index: LangIndex, term: string) => index.idf.get(term) ?? index.unknownIdf;

interface Nearest {
  /** Entries with at least one document sharing a term with the question. */
  readonly entries: number[];
  /** sims[entry * k + j]: the entry's (j+1)-th highest document similarity. */
  readonly sims: Float64Array;
  /** The entry's closest document. */
  readonly closest: Int32Array;
  /**
   * Per entry, the weight of the question's terms (each occurrence) found in its phrasings, title or
   * keywords: the most its coverage can get from them (see scoreEntries).
   */
  readonly salient: Float64Array;
  /** Per entry, what those terms add to its coverage (before dividing by the total weight). */
  readonly gain: Float64Array;
}

/**
 * Cosine similarity of the question to every document sharing a term with it, kept per entry as
 * its k highest. Runs on every question, so it works in typed arrays reused across calls (matching
 * is synchronous) rather than allocating maps.
 */
function nearestDocs(
  index: LangIndex,
  terms: readonly string[],
  qNorm: number,
  k: number,
  fullSalience: number,
): Nearest {
  const legacy = legacyOf(index);
  const { dots, touched } = legacy.scratch;
  touched.length = 0;
  const { salient, gain, credited, sims, closest } = entryScratch(index, k);
  const factors = salienceFactorsOf(index, fullSalience);
  for (let ti = 0; ti < terms.length; ti++) {
    const w = index.idf.get(terms[ti]!);
    if (w === undefined) continue;
    const postings = legacy.postings.get(terms[ti]!);
    if (!postings) continue;
    const factor = factors.get(terms[ti]!)!;
    for (let p = 0; p < postings.length; p++) {
      const d = postings[p]!;
      if (dots[d] === 0) touched.push(d);
      dots[d] = dots[d]! + w * w;
      // Credit each entry once per term (position + 1 marks the last term credited).
      const e = legacy.docEntry[d]!;
      if (credited[e] !== ti + 1) {
        credited[e] = ti + 1;
        salient[e] = salient[e]! + w;
        gain[e] = gain[e]! + w * factor[p]!;
      }
    }
  }
  const entries: number[] = [];
  for (const d of touched) {
    const e = legacy.docEntry[d]!;
    const sim = dots[d]! / (qNorm * legacy.docNorm[d]! || 1);
    dots[d] = 0;
    if (closest[e] === -1) entries.push(e);
    if (closest[e] === -1 || sim > sims[e * k]!) closest[e] = d;
    insertTop(sims, e * k, k, sim);
  }
  return { entries, sims, closest, salient, gain };
}

/**
 * For each term's postings, min(1, salience / fullSalience) of the posting's entry for that term:
 * what a salient term adds to that entry's coverage, per unit of weight. Built once per index (on
 * the first question) so the postings walk can bound each entry's coverage from above.
 */
const salienceFactors = new WeakMap<
  LangIndex,
  { readonly full: number; readonly byTerm: ReadonlyMap<string, Float64Array> }
>();

function salienceFactorsOf(index: LangIndex, full: number): ReadonlyMap<string, Float64Array> {
  const cached = salienceFactors.get(index);
  if (cached && cached.full === full) return cached.byTerm;
  const legacy = legacyOf(index);
  const byTerm = new Map<string, Float64Array>();
  for (const [t, postings] of legacy.postings) {
    byTerm.set(
      t,
      Float64Array.from(postings, (d) => {
        // Always found (an entry's salience covers every term of its documents); if not, 1 keeps
        // the bound an upper bound.
        const salience = index.salience[legacy.docEntry[d]!]!.get(t);
        return salience === undefined ? 1 : Math.min(1, salience / full);
      }),
    );
  }
  salienceFactors.set(index, { full, byTerm });
  return byTerm;
}

interface EntryScratch {
  readonly k: number;
  readonly salient: Float64Array;
  readonly gain: Float64Array;
  readonly credited: Int32Array;
  readonly sims: Float64Array;
  readonly closest: Int32Array;
}

/**
 * Per-entry work space, one per index (and k), reused by every question: matching is synchronous,
 * and resetEntryScratch puts back the entries a question touched, so nothing is allocated per
 * question in proportion to the catalogue.
 */
const entryScratches = new WeakMap<LangIndex, EntryScratch>();

function entryScratch(index: LangIndex, k: number): EntryScratch {
  let scratch = entryScratches.get(index);
  if (!scratch || scratch.k !== k) {
    const n = index.entries.length;
    scratch = {
      k,
      salient: new Float64Array(n),
      gain: new Float64Array(n),
      credited: new Int32Array(n),
      sims: new Float64Array(n * k),
      closest: new Int32Array(n).fill(-1),
    };
    entryScratches.set(index, scratch);
  }
  return scratch;
}

function resetEntryScratch(index: LangIndex, k: number, entries: readonly number[]) {
  const { salient, gain, credited, sims, closest } = entryScratch(index, k);
  for (const e of entries) {
    salient[e] = 0;
    gain[e] = 0;
    credited[e] = 0;
    closest[e] = -1;
    sims.fill(0, e * k, e * k + k);
  }
}

/** Keeps sims[from .. from+k) sorted high to low with `sim` inserted. */
function insertTop(sims: Float64Array, from: number, k: number, sim: number) {
  let j = from + k - 1;
  if (sim <= sims[j]!) return;
  while (j > from && sims[j - 1]! < sim) {
    sims[j] = sims[j - 1]!;
    j--;
  }
  sims[j] = sim;
}

/** `weights[n]` is weightOf(index, terms[n]), computed once per question. */
function coverageOf(
  index: LangIndex,
  i: number,
  terms: readonly string[],
  weights: readonly number[],
  total: number,
  s: MatchSettings,
) {
  let covered = 0;
  const matched: string[] = [];
  const salienceOf = index.salience[i]!;
  const weak = index.weak[i]!;
  for (let n = 0; n < terms.length; n++) {
    const t = terms[n]!;
    const salience = salienceOf.get(t);
    if (salience !== undefined) {
      covered += weights[n]! * Math.min(1, salience / s.fullSalience);
      matched.push(t);
    } else if (weak.has(t)) {
      covered += s.weakCoverage * weights[n]!;
      matched.push(`(${t})`);
    }
  }
  return { coverage: total > 0 ? covered / total : 0, matched };
}

/** Relative slack on the score bound, far above floating-point error: pruning stays exact. */
const BOUND_SLACK = 1 + 1e-9;

/**
 * Scores the entries sharing a word with the question, best first.
 *
 * With `limit`, only the first `limit` candidates are guaranteed (the list may hold more), and they
 * are exactly the first `limit` of the full list. An entry's coverage is at most (S + weakCoverage
 * × (total − S)) / total, where S is the weight of the question's terms among its phrasings, title
 * and keywords (gathered while walking the postings), so its score has an upper bound; an entry
 * whose bound is below the limit-th best score found so far is not scored at all. Matching time
 * then grows far less than the catalogue (docs/benchmarks.md, scaling).
 */
export function scoreEntries(
  index: LangIndex,
  terms: readonly string[],
  s: MatchSettings,
  limit = Infinity,
): Candidate[] {
  const weights = terms.map((t) => weightOf(index, t));
  const total = weights.reduce((a, b) => a + b, 0);
  const qNorm = Math.hypot(...weights);
  const nw = s.neighbourWeights;
  const k = nw.length;
  const nearest = nearestDocs(index, terms, qNorm, k, s.fullSalience);
  try {
    return rank(index, terms, weights, total, nearest, s, limit);
  } finally {
    resetEntryScratch(index, k, nearest.entries);
  }
}

function rank(
  index: LangIndex,
  terms: readonly string[],
  weights: readonly number[],
  total: number,
  nearest: Nearest,
  s: MatchSettings,
  limit: number,
): Candidate[] {
  const nw = s.neighbourWeights;
  const k = nw.length;
  const n = nearest.entries.length;
  const closeness = new Float64Array(n);
  for (let x = 0; x < n; x++) {
    const i = nearest.entries[x]!;
    let sum = 0; // the same additions, in the same order, as nw.reduce(…, 0)
    for (let j = 0; j < k; j++) sum += nw[j]! * nearest.sims[i * k + j]!;
    closeness[x] = sum;
  }
  const out: Candidate[] = [];
  const score = (x: number) => {
    const i = nearest.entries[x]!;
    const closest = index.docs[nearest.closest[i]!]!.label;
    const { coverage, matched } = coverageOf(index, i, terms, weights, total, s);
    const c = closeness[x]!;
    const value = c ** s.closenessWeight * coverage ** (1 - s.closenessWeight);
    out.push({ entry: index.entries[i]!, score: value, closeness: c, coverage, closest, matched });
  };
  const cw = s.closenessWeight;
  const wc = s.weakCoverage;
  const m = Math.max(1, Math.floor(limit));
  const bounded =
    cw >= 0 &&
    cw <= 1 &&
    wc >= 0 &&
    wc <= 1 &&
    total > 0 &&
    s.fullSalience > 0 &&
    nw.every((w) => w >= 0);
  if (!(m < n) || !bounded) {
    for (let x = 0; x < n; x++) score(x);
  } else {
    // Upper bounds without Math.pow: the weighted arithmetic mean bounds the weighted geometric
    // mean (c^cw × u^(1−cw) ≤ cw × c + (1 − cw) × u); the exact bound is computed only when needed.
    const upper = new Float64Array(n);
    const cover = new Float64Array(n);
    for (let x = 0; x < n; x++) {
      const e = nearest.entries[x]!;
      const sal = nearest.salient[e]!;
      cover[x] = Math.min(1, (nearest.gain[e]! + wc * Math.max(0, total - sal)) / total);
      upper[x] = (cw * closeness[x]! + (1 - cw) * cover[x]!) * BOUND_SLACK;
    }
    // The m most promising entries first: their m-th best score is a floor for the final one.
    const first = topPositions(upper, upper.length, m);
    for (const x of first) score(x);
    const floor = out.map((c) => c.score).sort((a, b) => b - a)[m - 1]!;
    const done = new Uint8Array(n);
    for (const x of first) done[x] = 1;
    for (let x = 0; x < n; x++) {
      if (done[x] || upper[x]! < floor) continue;
      if (closeness[x]! ** cw * cover[x]! ** (1 - cw) * BOUND_SLACK < floor) continue;
      score(x);
    }
  }
  return out.sort((a, b) => b.score - a.score || a.entry.id.localeCompare(b.entry.id));
}
