// The matcher: one index per language, built once; match() is synchronous and allocation-light.
import type { Catalogue, Lang } from '../guidance/types.js';
import { analyse, type Analysis } from './analyse.js';
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
  const indexes: Record<Lang, LangIndex> = {
    en: buildIndex(catalogue.entries, 'en', settings),
    fr: buildIndex(catalogue.entries, 'fr', settings),
  };
  const matchIn = (text: string, lang: Lang, options: MatchOptions = {}): Match => {
    const analysis = analyse(text, lang, indexes[lang].typos);
    const index = indexes[lang];
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
