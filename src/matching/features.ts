// What the model reads in a question: the word pipeline (normalise → typo-correct → synonyms →
// stop words → stem), who acts and in what order, and how the asking sentence is framed.
//   w:stem         a meaningful word
//   b:stem stem    two meaningful words in a row (stop words skipped): "sign petit", "famili candid"
//   r:role         an actor or a modality (roles.ts): "r:relative", "r:negation"
//   a:role stem    a role and one of the two meaningful words after it: "a:relative run" is "my
//                  brother is running", "a:self run" is "I am running"
//   q:, f:, x:     the asking sentence (asking.ts)
//   u:1 u:2 u:3    one, two, three or more words the model never learned (pizza, hockey): evidence
//                  that the question is about something else
// Features are names, not numbers: the model (model.ts) keeps a weight per feature and entry, and
// an explanation can print them as they are.
import type { Lang } from '../guidance/types.js';
import { askingFrames, askingSentences } from './asking.js';
import { roleOf } from './roles.js';
import { stem } from './stem.js';
import { STOPWORDS } from './stopwords.js';
import { applySynonyms } from './synonyms.js';
import { tokenize } from './text.js';
import type { TypoCorrector } from './typos.js';

export interface QuestionFeatures {
  /** Feature names, each once, in order of first appearance. */
  readonly features: readonly string[];
  /** Typos fixed, as "from → to". */
  readonly corrections: readonly string[];
  /** Lexicon rules that fired, as "from → to". */
  readonly synonyms: readonly string[];
}

/** How many meaningful words after a role marker pair with it. */
const ROLE_REACH = 2;

/** A text's words, typos fixed (stop words and role words are never "corrected"). */
function correctedWords(text: string, lang: Lang, typos?: TypoCorrector, log?: string[]) {
  const stop = STOPWORDS[lang];
  return tokenize(text).map((w) => {
    if (!typos || stop.has(w) || roleOf(w, lang)) return w;
    const fixed = typos.correct(w);
    if (fixed === undefined) return w;
    log?.push(`${w} → ${fixed}`);
    return fixed;
  });
}

/** u:1 … u:3 for the meaningful words (not numbers) the model never learned. */
function unknownWords(words: readonly string[], lang: Lang, known: Reading['known'] & object) {
  const stop = STOPWORDS[lang];
  const n = words.filter(
    (w) => w.length > 1 && !/^\d+$/.test(w) && !stop.has(w) && !known.has(w),
  ).length;
  return ['u:1', 'u:2', 'u:3'].slice(0, Math.min(n, 3));
}

/** The stem of a word that carries meaning, or undefined for a stop word or a 1-letter stem. */
function meaningful(word: string, lang: Lang): string | undefined {
  if (STOPWORDS[lang].has(word)) return undefined;
  const s = stem(word, lang);
  return s.length >= 2 ? s : undefined;
}

/** What a question is read against: its language's typo corrector and known words. */
export interface Reading {
  readonly typos?: TypoCorrector;
  /** Normalised words the model learned; without it, no u: features. */
  readonly known?: { has(word: string): boolean };
}

export function featuresOf(text: string, lang: Lang, reading: Reading = {}): QuestionFeatures {
  const { typos } = reading;
  const corrections: string[] = [];
  const synonyms: string[] = [];
  const seen = new Set<string>();
  let previous: string | undefined;
  let pending: { role: string; left: number }[] = [];
  const words = correctedWords(text, lang, typos, corrections);
  if (reading.known) for (const f of unknownWords(words, lang, reading.known)) seen.add(f);
  for (const word of applySynonyms(words, lang, synonyms)) {
    const s = meaningful(word, lang);
    if (s) {
      seen.add(`w:${s}`);
      if (previous !== undefined && previous !== s) seen.add(`b:${previous} ${s}`);
      previous = s;
      for (const p of pending) seen.add(`a:${p.role} ${s}`);
      pending = pending.filter((p) => --p.left > 0);
    }
    const role = roleOf(word, lang);
    if (role) {
      seen.add(`r:${role}`);
      pending.push({ role, left: ROLE_REACH });
    }
  }
  const { asks, of } = askingSentences(text);
  if (of > 1)
    for (const sentence of asks)
      for (const word of applySynonyms(correctedWords(sentence, lang, typos), lang)) {
        const s = meaningful(word, lang);
        if (s) seen.add(`q:${s}`);
      }
  for (const f of askingFrames(asks)) seen.add(f);
  return { features: [...seen], corrections, synonyms };
}

/**
 * Each feature's value: 1/√n for a question with n features, the norm of its vector, which keeps a
 * long question's scores on the same scale as a short one's.
 */
export function featureValues(features: readonly string[]): Float64Array {
  return new Float64Array(features.length).fill(
    features.length ? 1 / Math.sqrt(features.length) : 0,
  );
}
