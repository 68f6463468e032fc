// Closeness of one entry to a question: cosine similarity (idf-weighted) to each of its documents,
// blended over its nearest few. An entry's documents are consecutive in every postings list, and
// the walk noted where they start (TermTable.postFrom; a binary search finds it for the terms the
// walk does not mark): only the entry's share of each list is read, not the rest of it.
//
// Every sum is made in the order the whole-catalogue walk used to make it (question terms in
// order, each use in turn), and ties for the closest document go to the document first met in that
// walk (first term, then document order): the results are the same to the last bit.
import type { LangIndex } from './catalogue-index.js';
import type { QuestionTerms } from './question.js';
import type { Walk } from './walk.js';

export interface Closeness {
  readonly closeness: number;
  /** The closest document. */
  readonly closest: number;
}

interface ClosenessScratch {
  readonly dots: Float64Array;
  /** The entry's documents sharing a term with the question, first met first. */
  readonly met: Int32Array;
  sims: Float64Array;
}

const scratches = new WeakMap<LangIndex, ClosenessScratch>();

function scratchOf(index: LangIndex, k: number): ClosenessScratch {
  let s = scratches.get(index);
  if (!s) {
    const { docStart } = index.table;
    let most = 0;
    for (let e = 0; e + 1 < docStart.length; e++)
      most = Math.max(most, docStart[e + 1]! - docStart[e]!);
    s = {
      dots: new Float64Array(index.docs.length),
      met: new Int32Array(most),
      sims: new Float64Array(k),
    };
    scratches.set(index, s);
  }
  if (s.sims.length !== k) s.sims = new Float64Array(k);
  return s;
}

export function closenessOf(
  index: LangIndex,
  e: number,
  walk: Walk,
  q: QuestionTerms,
  neighbourWeights: readonly number[],
): Closeness {
  const { postStart, postDoc, postFrom, docStart } = index.table;
  const k = neighbourWeights.length;
  const { dots, met, sims } = scratchOf(index, k);
  const from = docStart[e]!;
  const to = docStart[e + 1]!;
  const uses = walk.uses[e]!;
  let count = 0;
  for (let n = 0; n < q.ids.length; n++) {
    const t = q.ids[n]!;
    if (t < 0) continue;
    let p: number;
    if (n < walk.stride) {
      // The walk noted where the entry's documents start in the term's postings, if anywhere.
      if ((uses & (1 << n)) === 0) continue;
      p = postFrom[walk.itemAt[e * walk.stride + n]!]!;
    } else {
      p = firstAtLeast(postDoc, postStart[t]!, postStart[t + 1]!, from);
    }
    const end = postStart[t + 1]!;
    const w = q.weights[n]!;
    for (; p < end; p++) {
      const d = postDoc[p]!;
      if (d >= to) break;
      if (dots[d] === 0) met[count++] = d;
      dots[d] = dots[d]! + w * w;
    }
  }
  sims.fill(0);
  let closest = -1;
  for (let j = 0; j < count; j++) {
    const d = met[j]!;
    const sim = dots[d]! / (q.norm * index.docNorm[d]! || 1);
    dots[d] = 0;
    if (closest === -1 || sim > sims[0]!) closest = d;
    insertTop(sims, k, sim);
  }
  let closeness = 0;
  for (let j = 0; j < k; j++) closeness += neighbourWeights[j]! * sims[j]!;
  return { closeness, closest };
}

/** The first position in list[lo .. hi) (ascending) holding at least `value`. */
function firstAtLeast(list: Int32Array, lo: number, hi: number, value: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Keeps sims[0 .. k) sorted high to low with `sim` inserted. */
function insertTop(sims: Float64Array, k: number, sim: number) {
  let j = k - 1;
  if (sim <= sims[j]!) return;
  while (j > 0 && sims[j - 1]! < sim) {
    sims[j] = sims[j - 1]!;
    j--;
  }
  sims[j] = sim;
}
