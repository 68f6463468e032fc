// Every number that shapes matching, in one place. Tuned by `npm run tune` on held-out phrasings
// (k-fold over the catalogue) and the out-of-scope questions in tests/matching/fixtures.
export interface MatchSettings {
  /** Share of the score from closeness to the nearest phrasing; the rest is coverage. */
  readonly closenessWeight: number;
  /** Closeness blends the entry's nearest phrasings: weights of the 1st, 2nd, … nearest (sum 1). */
  readonly neighbourWeights: readonly number[];
  /** Credit for a question word found only in the entry's guidance text. */
  readonly weakCoverage: number;
  /** Salience at which a term counts fully (share of the entry's phrasings using it). */
  readonly fullSalience: number;
  /** Weight of a word the catalogue never uses, relative to its rarest word. */
  readonly unknownWordWeight: number;
  /** At or above: answer when clearly ahead of the next entry. */
  readonly answer: number;
  /** At or above: answer even when the next entry is close. */
  readonly sure: number;
  /** Lead over the second entry needed below `sure`. */
  readonly margin: number;
  /** A question without any word of the guidance's domain is answered only at or above this. */
  readonly unanchored: number;
  /** At or above: offer "did you mean". */
  readonly suggest: number;
  /** Suggestions must be within this of the best. */
  readonly suggestSpread: number;
}

export const DEFAULT_SETTINGS: MatchSettings = Object.freeze({
  closenessWeight: 0.4,
  neighbourWeights: [0.5, 0.3, 0.2],
  weakCoverage: 0.3,
  fullSalience: 0.2,
  unknownWordWeight: 1.7,
  answer: 0.3,
  sure: 0.62,
  margin: 0.03,
  unanchored: 0.8,
  suggest: 0.3,
  suggestSpread: 0.12,
});
