// The matcher: reads a question (features.ts) and asks the language's trained model (model.ts)
// which catalogue entry answers it, or whether the guidance does not; decide.ts turns the answer
// into an answer card, "did you mean" or "not found". Models are loaded on the first question in
// their language; match() is synchronous.
import type { Catalogue, Entry, Lang } from '../guidance/types.js';
import { decide, type Decision, type QuestionSignals } from './decide.js';
import { featuresOf, type QuestionFeatures, type Reading } from './features.js';
import { langOfText } from '../i18n/lang.js';
import { OUT_OF_SCOPE, type Contribution, type Model } from './model.js';
import { createPhrasingIndex } from './phrasings.js';
import { DEFAULT_SETTINGS, type MatchSettings } from './settings.js';
import { trainedModel } from './trained.js';
import { TypoCorrector } from './typos.js';

export interface Candidate {
  readonly entry: Entry;
  /** The model's probability that this entry answers the question. */
  readonly score: number;
}

export interface Match {
  readonly lang: Lang;
  readonly decision: Decision;
  /** Best entries first, with their probabilities. */
  readonly candidates: readonly Candidate[];
  readonly analysis: QuestionFeatures;
  /** What the decision weighed besides the candidates (out of scope, known features…). */
  readonly signals: QuestionSignals;
  /** The features that speak for a candidate, strongest first (worked out when asked). */
  why(candidate: Candidate): readonly Contribution[];
}

export interface MatchOptions {
  /** How many top candidates to keep (default 5); the decision is the same whatever the number. */
  readonly top?: number;
}

/** Candidates kept by default: enough for "did you mean" (three) and explanations. */
export const DEFAULT_TOP = 5;

export interface Matcher {
  match(text: string, locale?: string, options?: MatchOptions): Match;
  /** Match in a given language, ignoring detection (for tools and tests). */
  matchIn(text: string, lang: Lang, options?: MatchOptions): Match;
}

/** One language's model, ready to read questions. */
interface Reader {
  readonly model: Model;
  readonly reading: Reading;
  /** Catalogue entry of each class (undefined for OUT_OF_SCOPE and entries the catalogue lacks). */
  readonly entryOf: readonly (Entry | undefined)[];
  readonly outClass: number;
  readonly closeness: ReturnType<typeof createPhrasingIndex>;
}

export function createMatcher(
  catalogue: Pick<Catalogue, 'entries'>,
  settings: MatchSettings = DEFAULT_SETTINGS,
  models: (lang: Lang) => Model = trainedModel,
): Matcher {
  const byId = new Map(catalogue.entries.map((e) => [e.id, e]));
  const readers: Partial<Record<Lang, Reader>> = {};
  const readerOf = (lang: Lang): Reader => {
    const ready = readers[lang];
    if (ready) return ready;
    const model = models(lang);
    return (readers[lang] = {
      model,
      reading: {
        typos: new TypoCorrector(model.vocabulary, undefined, model.realWords),
        known: model.vocabulary,
      },
      entryOf: model.classes.map((c) => byId.get(c)),
      outClass: model.classes.indexOf(OUT_OF_SCOPE),
      closeness: createPhrasingIndex(lang),
    });
  };
  const matchIn = (text: string, lang: Lang, options: MatchOptions = {}): Match => {
    const { model, reading, entryOf, outClass, closeness } = readerOf(lang);
    const analysis = featuresOf(text, lang, reading);
    const { probabilities: p, known } = model.score(analysis.features);
    const top =
      options.top !== undefined && options.top >= 1 ? Math.floor(options.top) : DEFAULT_TOP;
    const candidates = bestClasses(p, (c) => entryOf[c] !== undefined, Math.max(top, 3)).map(
      (c) => ({ entry: entryOf[c]!, score: p[c]! }),
    );
    const words = analysis.features.filter((f) => f.startsWith('w:'));
    const signals: QuestionSignals = {
      outOfScope: outClass >= 0 ? p[outClass]! : 0,
      known,
      words: words.length,
      phrasing: phrasingOf(candidates, words, closeness, settings),
    };
    return {
      lang,
      decision: decide(candidates, signals, settings),
      candidates: candidates.slice(0, top),
      analysis,
      signals,
      why: (c) =>
        model
          .contributions(analysis.features, model.classes.indexOf(c.entry.id))
          .filter((x) => x.weight > 0),
    };
  };
  return {
    match: (text, locale, options) => matchIn(text, langOfText(text, locale), options),
    matchIn,
  };
}

/**
 * Word overlap of the question with the closest phrasing of the best and second entries, measured
 * only where the decision can use it (a best entry between `phrasingFloor` and a sure answer).
 */
function phrasingOf(
  [first, second]: readonly Candidate[],
  words: readonly string[],
  closeness: Reader['closeness'],
  t: MatchSettings,
): readonly [number, number] {
  const sure = first && first.score >= t.answer && first.score - (second?.score ?? 0) >= t.margin;
  if (!first || sure || first.score < t.phrasingFloor || words.length <= 1) return [0, 0];
  const question = new Set(words);
  return [closeness(question, first.entry), second ? closeness(question, second.entry) : 0];
}

/** The k classes of highest probability among those kept, best first (ties: class order). */
function bestClasses(p: Float64Array, keep: (c: number) => boolean, k: number): number[] {
  const best: number[] = [];
  for (let c = 0; c < p.length; c++) {
    if (!keep(c)) continue;
    if (best.length === k && !(p[c]! > p[best[k - 1]!]!)) continue;
    let j = best.length < k ? best.length : k - 1;
    while (j > 0 && p[best[j - 1]!]! < p[c]!) {
      best[j] = best[j - 1]!;
      j--;
    }
    best[j] = c;
  }
  return best;
}
