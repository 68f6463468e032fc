// From probabilities to one of three outcomes: a confident answer, "did you mean" (two or three
// entries that are genuinely close), or not found. A confident wrong card is worse than "not
// found": the thresholds are set by `npm run tune` on cross-validated training questions, never on
// an evaluation set.
import type { Candidate } from './matcher.js';
import type { MatchSettings } from './settings.js';

export type Decision =
  | { readonly kind: 'answer'; readonly best: Candidate }
  | { readonly kind: 'did-you-mean'; readonly choices: readonly Candidate[] }
  | { readonly kind: 'not-found' };

/** What the decision needs to know of the question besides the candidates. */
export interface QuestionSignals {
  /** The model's probability that the guidance does not answer the question. */
  readonly outOfScope: number;
  /** How many of the question's features the model knows (none: nothing to go on). */
  readonly known: number;
  /** How many meaningful words the question has ("facebook" has one). */
  readonly words: number;
  /** Word overlap of the question with the closest phrasing of the best and second entries. */
  readonly phrasing: readonly [number, number];
}

export function decide(
  candidates: readonly Candidate[],
  q: QuestionSignals,
  t: MatchSettings,
): Decision {
  const [first, second] = candidates;
  if (!first || q.known === 0 || q.words === 0 || q.outOfScope >= first.score)
    return { kind: 'not-found' };
  // A single word ("facebook", "petition") names a subject, not a situation: answered only when
  // one entry is almost certain, otherwise the likeliest entries are offered.
  const short = q.words <= 1;
  const needed = short ? Math.max(t.answer, t.sureOfOneWord) : t.answer;
  if (first.score >= needed && first.score - (second?.score ?? 0) >= t.margin)
    return { kind: 'answer', best: first };
  // Below a sure answer, a real chance that the guidance does not answer wins.
  if (q.outOfScope >= t.outOfScope) return { kind: 'not-found' };
  // Two signals agree: the model's best entry, and the catalogue phrasing the question almost is.
  const [near, nearSecond] = q.phrasing;
  if (!short && first.score >= t.phrasingFloor && near >= t.phrasingMatch && near > nearSecond)
    return { kind: 'answer', best: first };
  const floor = short ? t.suggestOneWord : t.suggest;
  const choices = candidates.filter(
    (c) => c.score >= floor && (short || c.score >= first.score - t.suggestSpread),
  );
  if (choices.length < 2) return { kind: 'not-found' };
  return { kind: 'did-you-mean', choices: choices.slice(0, 3) };
}
