// Which entries to score in full. Every candidate's coverage is exact after the walk (walk.ts)
// and its closeness has an upper bound, so its score has one too; closeness, the costly part
// (closeness.ts), is computed only for the entries whose bound reaches the limit-th best score
// found so far. The limit-th best score is then exactly what scoring every entry would give.
import type { LangIndex } from './catalogue-index.js';
import { closenessOf } from './closeness.js';
import type { QuestionTerms } from './question.js';
import type { Walk } from './walk.js';
import type { MatchSettings } from './settings.js';

/** An entry scored in full. */
export interface Scored {
  readonly e: number;
  readonly score: number;
  readonly closeness: number;
  readonly coverage: number;
  /** The closest document. */
  readonly closest: number;
}

/** Relative slack on the score bound, far above floating-point error: pruning stays exact. */
const BOUND_SLACK = 1 + 1e-9;

/**
 * The candidates scored in full: at least every one that can be among the best `m` (all of them
 * when the settings give no bound).
 */
export function select(
  index: LangIndex,
  q: QuestionTerms,
  walk: Walk,
  s: MatchSettings,
  m: number,
): Scored[] {
  const nw = s.neighbourWeights;
  const cw = s.closenessWeight;
  const n = walk.count;
  const { candidates, covered, nearest } = walk;
  const scored: Scored[] = [];
  const score = (x: number) => {
    const e = candidates[x]!;
    const { closeness: c, closest } = closenessOf(index, e, walk, q, nw);
    const coverage = q.total > 0 ? covered[e]! / q.total : 0;
    const value = c ** cw * coverage ** (1 - cw);
    scored.push({ e, score: value, closeness: c, coverage, closest });
    return value;
  };
  // The bound needs score to grow with closeness and coverage, both non-negative.
  const bounded =
    cw >= 0 &&
    cw <= 1 &&
    s.weakCoverage >= 0 &&
    s.fullSalience > 0 &&
    q.total > 0 &&
    index.unknownIdf >= 0 &&
    nw.every((w) => w >= 0);
  if (!(m < n) || !bounded) {
    for (let x = 0; x < n; x++) score(x);
    return scored;
  }
  // closeness ≤ reach × nearest (see Walk.nearest).
  const reach = 1 / q.norm;
  const { upper, best, done } = scratchOf(index);
  // Bounds without Math.pow first: the weighted arithmetic mean bounds the weighted geometric mean
  // (c^cw × u^(1−cw) ≤ cw × c + (1 − cw) × u); the exact bound is computed only when needed.
  for (let x = 0; x < n; x++) {
    const e = candidates[x]!;
    upper[x] = (cw * reach * nearest[e]! + (1 - cw) * (covered[e]! / q.total)) * BOUND_SLACK;
  }
  // The m most promising entries first: their m-th best score is a floor for the final one, raised
  // as better entries are found.
  best.fill(-Infinity, 0, m);
  const first = topPositions(upper, n, m);
  for (const x of first) {
    done[x] = 1;
    keepBest(best, m, score(x));
  }
  for (let x = 0; x < n; x++) {
    const floor = best[m - 1]!;
    if (upper[x]! < floor || done[x]) continue;
    const e = candidates[x]!;
    const bound = (reach * nearest[e]!) ** cw * (covered[e]! / q.total) ** (1 - cw);
    if (bound * BOUND_SLACK < floor) continue;
    keepBest(best, m, score(x));
  }
  for (const x of first) done[x] = 0;
  return scored;
}

interface SelectScratch {
  /** Per candidate position. */
  readonly upper: Float64Array;
  readonly best: Float64Array;
  /** All 0 between questions. */
  readonly done: Uint8Array;
}

/**
 * Per index, reused by every question (matching is synchronous): nothing sized by the catalogue
 * is allocated per question.
 */
const scratches = new WeakMap<LangIndex, SelectScratch>();

function scratchOf(index: LangIndex): SelectScratch {
  let scratch = scratches.get(index);
  if (!scratch) {
    const n = index.entries.length;
    scratch = { upper: new Float64Array(n), best: new Float64Array(n), done: new Uint8Array(n) };
    scratches.set(index, scratch);
  }
  return scratch;
}

/** Keeps best[0 .. m) sorted high to low with `value` inserted (the lowest falls off). */
function keepBest(best: Float64Array, m: number, value: number) {
  let j = m - 1;
  if (!(value > best[j]!)) return;
  while (j > 0 && best[j - 1]! < value) {
    best[j] = best[j - 1]!;
    j--;
  }
  best[j] = value;
}

/** Positions of the `m` highest of values[0 .. n) (a partial selection: m is a handful). */
export function topPositions(values: Float64Array, n: number, m: number): number[] {
  const top: number[] = [];
  for (let x = 0; x < n; x++) {
    if (top.length === m && !(values[x]! > values[top[m - 1]!]!)) continue;
    let j = Math.min(top.length, m - 1);
    top[j] = x;
    while (j > 0 && values[top[j - 1]!]! < values[x]!) {
      top[j] = top[j - 1]!;
      top[--j] = x;
    }
  }
  return top;
}
