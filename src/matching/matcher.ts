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

export interface Matcher {
  match(text: string, locale?: string): Match;
  /** Match in a given language, ignoring detection (for tools and tests). */
  matchIn(text: string, lang: Lang): Match;
}

export function createMatcher(
  catalogue: Pick<Catalogue, 'entries'>,
  settings: MatchSettings = DEFAULT_SETTINGS,
): Matcher {
  const indexes: Record<Lang, LangIndex> = {
    en: buildIndex(catalogue.entries, 'en', settings),
    fr: buildIndex(catalogue.entries, 'fr', settings),
  };
  const matchIn = (text: string, lang: Lang): Match => {
    const analysis = analyse(text, lang, indexes[lang].typos);
    const index = indexes[lang];
    const candidates = scoreEntries(index, analysis.terms, settings).slice(0, 5);
    const anchored = analysis.terms.some((t) => index.anchors.has(t));
    return {
      lang,
      decision: decide(candidates, anchored, settings),
      candidates,
      analysis,
      anchored,
    };
  };
  return { match: (text, locale) => matchIn(text, detectLanguage(text, locale)), matchIn };
}
