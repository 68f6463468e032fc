// Snowball stemmers (Porter2 for English, the Snowball French stemmer): standard, well-tested
// algorithms, so "sharing/shared/shares" and "partager/partagé/partage" meet.
import snowball from 'snowball-stemmers';
import type { Lang } from '../guidance/types.js';

const stemmers = { en: snowball.newStemmer('english'), fr: snowball.newStemmer('french') };
const cache = { en: new Map<string, string>(), fr: new Map<string, string>() };

export function stem(word: string, lang: Lang): string {
  const memo = cache[lang];
  let s = memo.get(word);
  if (s === undefined) {
    s = /^\d+$/.test(word) ? word : stemmers[lang].stem(word);
    if (memo.size < 50_000) memo.set(word, s);
  }
  return s;
}
