// Real words that typo correction must leave alone. The corrector fixes a word it does not know to
// a known word one edit away, so an ordinary word the training texts never used would be
// "corrected" into a neighbour (plus → plug, mode → code). The word lists of the words project
// (an-array-of-english-words, an-array-of-french-words: a dev dependency, read only here) say
// which words are real; only those one edit from the model's vocabulary, the ones the corrector
// would otherwise touch, are kept in the model.
import { createRequire } from 'node:module';
import type { Lang } from '../../guidance/types.js';
import { tokenize } from '../text.js';
import { TypoCorrector } from '../typos.js';

const require = createRequire(import.meta.url);
const LISTS: Record<Lang, string> = {
  en: 'an-array-of-english-words',
  fr: 'an-array-of-french-words',
};

export function realWordsNear(lang: Lang, vocabulary: Readonly<Record<string, number>>): string[] {
  const corrector = new TypoCorrector(Object.keys(vocabulary));
  const words = new Set((require(LISTS[lang]) as string[]).flatMap((w) => tokenize(w)));
  return [...words].filter((w) => corrector.correct(w) !== undefined).sort();
}
