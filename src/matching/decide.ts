// From scores to one of three outcomes: a confident answer, "did you mean" (up to three), or
// not found. Thresholds are tuned on held-out phrasings and out-of-scope questions (see
// tests/matching and `npm run tune`), never on single questions.
import type { Candidate } from './score.js';
import type { MatchSettings } from './settings.js';

export type Decision =
  | { readonly kind: 'answer'; readonly best: Candidate }
  | { readonly kind: 'did-you-mean'; readonly choices: readonly Candidate[] }
  | { readonly kind: 'not-found' };

/** `anchored`: the question uses at least one word of the guidance's domain. */
export function decide(
  candidates: readonly Candidate[],
  anchored: boolean,
  t: MatchSettings,
): Decision {
  const [first, second] = candidates;
  if (!first || first.score < t.suggest) return { kind: 'not-found' };
  if (!anchored)
    return first.score >= t.unanchored ? { kind: 'answer', best: first } : { kind: 'not-found' };
  const lead = first.score - (second?.score ?? 0);
  if (first.score >= t.sure || (first.score >= t.answer && lead >= t.margin)) {
    return { kind: 'answer', best: first };
  }
  const choices = candidates.filter(
    (c) => c.score >= Math.max(t.suggest, first.score - t.suggestSpread),
  );
  return { kind: 'did-you-mean', choices: choices.slice(0, 3) };
}
