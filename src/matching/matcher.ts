// The matcher: one index per language, built once (on first use); match() is synchronous and
// allocation-light.
import type { Catalogue, Lang } from '../guidance/types.js';
import { analyse, type Analysis } from './analyse.js';
import { analysedTerms } from './analysed.js';
import { buildIndex, type LangIndex } from './catalogue-index.js';
import { decide, type Decision } from './decide.js';
import { detectLanguage } from './language.js';
import { scoreEntries, type Candidate } from './score.js';
import { DEFAULT_SETTINGS, type MatchSettings } from './settings.js';

export interface Match {
  readonly lang: Lang;
  readonly decision: Decision;
  /** Top candidates with their scores, for explanations. */
  readonly candidates: readonly Candidate[];
  readonly analysis: Analysis;
  /** Whether the question uses a word of the guidance's domain. */
  readonly anchored: boolean;
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

export function createMatcher(
  catalogue: Pick<Catalogue, 'entries'>,
  settings: MatchSettings = DEFAULT_SETTINGS,
): Matcher {
  // Each language's index is built on its first question, not at start-up: building one is most
  // of the bot's own start-up time, and a bot that answers in one language first is ready to
  // answer sooner (docs/benchmarks.md). No question is answered later than before.
  const { entries } = catalogue;
  const indexes: Partial<Record<Lang, LangIndex>> = {};
  const indexOf = (lang: Lang): LangIndex =>
    (indexes[lang] ??= buildIndex(entries, lang, settings, analysedTerms(lang)));
  const matchIn = (text: string, lang: Lang, options: MatchOptions = {}): Match => {
    const index = indexOf(lang);
    const analysis = analyse(text, lang, index.typos);
    const top =
      options.top !== undefined && options.top >= 1 ? Math.floor(options.top) : DEFAULT_TOP;
    const candidates = scoreEntries(index, analysis.terms, settings, top).slice(0, top);
    const anchored = analysis.terms.some((t) => index.anchors.has(t));
    return {
      lang,
      decision: decide(candidates, anchored, settings),
      candidates,
      analysis,
      anchored,
    };
  };
  return {
    match: (text, locale, options) => matchIn(text, detectLanguage(text, locale), options),
    matchIn,
  };
}
