// The word pipeline shared by the catalogue and the questions, so both sides meet:
// normalise → typo-correct → synonyms → stop words → stem.
import type { Lang } from '../guidance/types.js';
import { stem } from './stem.js';
import { STOPWORDS } from './stopwords.js';
import { applySynonyms } from './synonyms.js';
import { tokenize } from './text.js';
import type { TypoCorrector } from './typos.js';

export interface Analysis {
  /** Stems that carry meaning, in order, duplicates removed. */
  readonly terms: readonly string[];
  /** Typos fixed, as "from → to". */
  readonly corrections: readonly string[];
  /** Lexicon rules that fired, as "from → to". */
  readonly synonyms: readonly string[];
}

function correctTypos(
  words: string[],
  lang: Lang,
  typos: TypoCorrector | undefined,
  log: string[],
) {
  if (!typos) return words;
  return words.map((w) => {
    if (STOPWORDS[lang].has(w)) return w;
    const fixed = typos.correct(w);
    if (fixed === undefined) return w;
    log.push(`${w} → ${fixed}`);
    return fixed;
  });
}

export function analyse(text: string, lang: Lang, typos?: TypoCorrector): Analysis {
  const corrections: string[] = [];
  const synonyms: string[] = [];
  const words = correctTypos(tokenize(text), lang, typos, corrections);
  const meaningful = applySynonyms(words, lang, synonyms).filter((w) => !STOPWORDS[lang].has(w));
  const terms = [...new Set(meaningful.map((w) => stem(w, lang)).filter((s) => s.length > 1))];
  return { terms, corrections, synonyms };
}

/** Raw words of a text after normalisation: the vocabulary typo correction aims at. */
export const rawWords = (text: string): string[] => tokenize(text);
