// Synthetic catalogues `factor` times the size of the real one, for the matcher's scaling curve.
// Each real entry gets factor − 1 clones with their own ids. Two models of a larger catalogue:
//
// - "near-duplicates" (the worst case): each clone has three made-up topic words of its own, in its
//   title and keywords and replacing one word of each phrasing; everything else is the original's
//   wording, so every word of every question appears in ten times as many phrasings.
// - "new-topics": each batch of clones is a new set of topics written in the same domain language:
//   the words specific to a few entries (used by at most SPECIFIC_DF entries of the real catalogue)
//   are replaced, consistently within the batch, by made-up words; the common words of the domain
//   ("post", "social media", "work", …) are kept, so they appear ten times as often.
//
// Deterministic (seeded), no I/O.
import type { Entry, Lang, LocalizedEntry } from '../src/guidance/types.js';
import { mulberry32 } from '../src/util/seeded-random.js';

export type SyntheticModel = 'near-duplicates' | 'new-topics';

/** Seeded, so every run builds the same catalogue. */
const prng = mulberry32;

const SYLLABLES = ['ka', 'ro', 'mi', 'te', 'lu', 'san', 'vor', 'bel', 'qui', 'dra', 'nes', 'tol'];

function pseudoWord(random: () => number): string {
  const n = 3 + Math.floor(random() * 2);
  let word = '';
  for (let i = 0; i < n; i++) word += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return word;
}

/** Replaces one word of 4+ letters (chosen at random) with `word`; appends it if there is none. */
function replaceOneWord(text: string, word: string, random: () => number): string {
  const words = text.split(' ');
  const long = words.flatMap((w, i) => (/^\p{L}{4,}$/u.test(w) ? [i] : []));
  if (long.length === 0) return `${text} ${word}`;
  words[long[Math.floor(random() * long.length)]!] = word;
  return words.join(' ');
}

function nearDuplicate(
  l: LocalizedEntry,
  topic: readonly string[],
  random: () => number,
): LocalizedEntry {
  const pick = () => topic[Math.floor(random() * topic.length)]!;
  return {
    ...l,
    title: `${l.title} ${topic[0]}`,
    phrasings: l.phrasings.map((p) => replaceOneWord(p, pick(), random)),
    keywords: [...topic],
    text: replaceOneWord(l.text, pick(), random),
  };
}

/** A word is specific to a few entries when at most this many real entries use it. */
export const SPECIFIC_DF = 3;

const WORD = /\p{L}+/gu;

const textsOf = (l: LocalizedEntry) => [
  l.title,
  l.text,
  l.why ?? '',
  ...l.phrasings,
  ...(l.keywords ?? []),
];

/** For each language, the words used by at most SPECIFIC_DF entries (lower case). */
function specificWords(entries: readonly Entry[]): Record<Lang, Set<string>> {
  const out = {} as Record<Lang, Set<string>>;
  for (const lang of ['en', 'fr'] as const) {
    const df = new Map<string, number>();
    for (const e of entries) {
      const words = new Set(textsOf(e[lang]).flatMap((t) => t.toLowerCase().match(WORD) ?? []));
      for (const w of words) df.set(w, (df.get(w) ?? 0) + 1);
    }
    out[lang] = new Set([...df].filter(([, n]) => n <= SPECIFIC_DF).map(([w]) => w));
  }
  return out;
}

function newTopic(l: LocalizedEntry, swap: (word: string) => string): LocalizedEntry {
  const rewrite = (text: string) => text.replace(WORD, swap);
  return {
    ...l,
    title: rewrite(l.title),
    text: rewrite(l.text),
    ...(l.why !== undefined && { why: rewrite(l.why) }),
    phrasings: l.phrasings.map(rewrite),
    ...(l.keywords !== undefined && { keywords: l.keywords.map(rewrite) }),
  };
}

export function syntheticCatalogue(
  entries: readonly Entry[],
  factor: number,
  model: SyntheticModel = 'near-duplicates',
  seed = 20261125,
): Entry[] {
  if (!Number.isInteger(factor) || factor < 1) throw new Error(`factor must be a positive integer`);
  const random = prng(seed);
  const specific = model === 'new-topics' ? specificWords(entries) : undefined;
  const out: Entry[] = [...entries];
  for (let k = 1; k < factor; k++) {
    // new-topics: one made-up word per specific word and language, shared by the whole batch.
    const batch = { en: new Map<string, string>(), fr: new Map<string, string>() };
    const swapper = (lang: Lang) => (word: string) => {
      const lower = word.toLowerCase();
      if (!specific?.[lang].has(lower)) return word;
      let made = batch[lang].get(lower);
      if (!made) batch[lang].set(lower, (made = pseudoWord(random)));
      return made;
    };
    for (const e of entries) {
      const topic = [pseudoWord(random), pseudoWord(random), pseudoWord(random)];
      const clone = (lang: Lang) =>
        model === 'new-topics'
          ? newTopic(e[lang], swapper(lang))
          : nearDuplicate(e[lang], topic, random);
      out.push({
        ...e,
        id: `${e.id}--syn${k}`,
        related: e.related.map((id) => `${id}--syn${k}`),
        en: clone('en'),
        fr: clone('fr'),
      });
    }
  }
  return out;
}
