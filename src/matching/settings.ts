// Every number that shapes the matcher's decisions, in one place. Set by `npm run tune` on
// cross-validated training questions (scripts/tune.ts): the most right answers on the earlier blind
// sets (A–G, each question held out of its fold's model) with at most 2% wrong entries and 95% of
// out-of-scope questions declined; never on the set that reports (fixtures/README.md).
export interface MatchSettings {
  /** At or above (with `margin` over the next entry): answer. */
  readonly answer: number;
  /** Lead over the second entry an answer needs. */
  readonly margin: number;
  /** At or above: the question is out of scope, whatever the entries score. */
  readonly outOfScope: number;
  /** "Did you mean" offers entries at or above this… */
  readonly suggest: number;
  /** …and within this of the best; with fewer than two such entries, not found. */
  readonly suggestSpread: number;
  /** A one-word question is answered only at or above this… */
  readonly sureOfOneWord: number;
  /** …else its entries at or above this are offered. */
  readonly suggestOneWord: number;
  /**
   * Below `answer`, the best entry is still answered at or above `phrasingFloor` when the question
   * is almost one of its own phrasings: word overlap at or above this (phrasings.ts).
   */
  readonly phrasingMatch: number;
  readonly phrasingFloor: number;
}

export const DEFAULT_SETTINGS: MatchSettings = Object.freeze({
  answer: 0.3,
  margin: 0.5,
  outOfScope: 0.4,
  suggest: 0.2,
  suggestSpread: 0.25,
  sureOfOneWord: 0.8,
  suggestOneWord: 0.03,
  phrasingMatch: 0.75,
  phrasingFloor: 0.3,
});
