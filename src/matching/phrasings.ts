// How close a question is to an entry's own phrasings (and title), word for word: the share of
// meaningful words in common (cosine of the two word sets) with the closest one. A second,
// independent signal beside the model: a short question that is almost exactly one of the
// catalogue's phrasings of the model's best entry is answered even when the model alone is not
// sure ("Puis-je publier de façon anonyme?"). Word sets are built per entry on first use.
import type { Entry, Lang } from '../guidance/types.js';
import { featuresOf } from './features.js';

export type WordSet = ReadonlySet<string>;

/** The meaningful words (w: features) of a text. */
export const meaningfulWords = (text: string, lang: Lang): WordSet =>
  new Set(featuresOf(text, lang).features.filter((f) => f.startsWith('w:')));

export function wordOverlap(a: WordSet, b: WordSet): number {
  if (a.size === 0 || b.size === 0) return 0;
  let common = 0;
  for (const w of a) if (b.has(w)) common++;
  return common / Math.sqrt(a.size * b.size);
}

export function createPhrasingIndex(lang: Lang) {
  const sets = new Map<Entry, readonly WordSet[]>();
  const setsOf = (e: Entry) => {
    let s = sets.get(e);
    if (!s)
      sets.set(e, (s = [e[lang].title, ...e[lang].phrasings].map((p) => meaningfulWords(p, lang))));
    return s;
  };
  /** The overlap of `question` with the entry's closest phrasing. */
  return (question: WordSet, entry: Entry): number =>
    Math.max(0, ...setsOf(entry).map((p) => wordOverlap(question, p)));
}
