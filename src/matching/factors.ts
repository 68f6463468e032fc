// What one item of the term table (a term in an entry's list) can add to the entry's score under
// given settings, worked out once per index and settings (on the first question), so the walk over
// a question's lists (walk.ts) only multiplies and adds.
import type { LangIndex } from './catalogue-index.js';
import type { MatchSettings } from './settings.js';
import { RANKED } from './term-table.js';

/** Per list item, what a unit of the term's weight adds to the entry's coverage (per settings). */
const factorCache = new WeakMap<
  LangIndex,
  { readonly full: number; readonly weak: number; readonly factors: Float64Array }
>();

export function coverFactorsOf(index: LangIndex, s: MatchSettings): Float64Array {
  const cached = factorCache.get(index);
  if (cached && cached.full === s.fullSalience && cached.weak === s.weakCoverage)
    return cached.factors;
  const factors = index.table.salienceIn.map((salience) =>
    salience >= 0 ? Math.min(1, salience / s.fullSalience) : s.weakCoverage,
  );
  factorCache.set(index, { full: s.fullSalience, weak: s.weakCoverage, factors });
  return factors;
}

/**
 * Per list item, what a unit of the term's weight² can add to the entry's closeness × the
 * question's norm. A document's cosine is Σ weight² × uses / its norm over the question's terms it
 * has, divided by the question's norm; closeness is Σ_j neighbourWeights[j] × the j-th best
 * cosine. With weights non-increasing and non-negative (the settings' [0.5, 0.3, 0.2]), a term
 * adds at most Σ_j neighbourWeights[j] × the j-th largest of its uses / norm over the entry's
 * documents (pairing largest with largest maximises a sum of products); the j-th largest for j ≥
 * RANKED is at most the last ranked. With other weights, Σ weights × the largest. The sums run
 * over the terms of the entry's documents only: Walk.nearest / the question's norm bounds
 * closeness.
 */
const nearCache = new WeakMap<
  LangIndex,
  { readonly weights: readonly number[]; readonly factors: Float64Array }
>();

export function nearFactorsOf(index: LangIndex, nw: readonly number[]): Float64Array {
  const cached = nearCache.get(index);
  if (cached && cached.weights.length === nw.length && cached.weights.every((w, j) => w === nw[j]))
    return cached.factors;
  const ordered = nw.every((w, j) => w >= 0 && (j === 0 || w <= nw[j - 1]!));
  const sum = nw.reduce((a, b) => a + Math.max(0, b), 0);
  const ranked = index.table.usesPerNorm;
  const factors = new Float64Array(ranked.length / RANKED);
  for (let i = 0; i < factors.length; i++) {
    let f = 0;
    if (ordered)
      for (let j = 0; j < nw.length; j++)
        f += nw[j]! * ranked[i * RANKED + Math.min(j, RANKED - 1)]!;
    else f = sum * ranked[i * RANKED]!;
    factors[i] = f;
  }
  nearCache.set(index, { weights: [...nw], factors });
  return factors;
}
