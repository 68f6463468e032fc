// A question's terms as the index's term table knows them: ids and weights in typed arrays, for
// the scoring loops (walk.ts, closeness.ts).
import type { LangIndex } from './catalogue-index.js';

export interface QuestionTerms {
  readonly terms: readonly string[];
  /** Table id of each term, −1 when the catalogue never uses it. */
  readonly ids: Int32Array;
  readonly weights: Float64Array;
  /** Sum of the weights: what full coverage is. */
  readonly total: number;
  /** Norm of the question's vector (Math.hypot of the weights). */
  readonly norm: number;
}

export function questionTerms(index: LangIndex, terms: readonly string[]): QuestionTerms {
  const { table } = index;
  const ids = new Int32Array(terms.length);
  const weights = new Float64Array(terms.length);
  let total = 0; // the same additions, in the same order, as weights.reduce((a, b) => a + b, 0)
  for (let n = 0; n < terms.length; n++) {
    const id = table.ids.get(terms[n]!);
    ids[n] = id ?? -1;
    weights[n] = id === undefined ? index.unknownIdf : table.weight[id]!;
    total += weights[n]!;
  }
  return { terms, ids, weights, total, norm: Math.hypot(...weights) };
}
