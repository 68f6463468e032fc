// An index of the catalogue for one language: every phrasing, title and keyword list is a small
// document; terms are weighted by how few entries use them (inverse entry frequency).
import type { Entry, Lang } from '../guidance/types.js';
import { rawWords } from './analyse.js';
import { analyseTerms, type Analysed } from './analysed.js';
import { ANCHOR_WORDS } from './anchors.js';
import { lexiconTargets, lexiconWords } from './synonyms.js';
import type { MatchSettings } from './settings.js';
import { buildTermTable, type TermTable } from './term-table.js';
import { TypoCorrector } from './typos.js';

export interface IndexedDoc {
  readonly entry: number;
  readonly terms: readonly string[];
  readonly norm: number;
  readonly label: string;
}

export interface LangIndex {
  readonly lang: Lang;
  readonly entries: readonly Entry[];
  readonly docs: readonly IndexedDoc[];
  /** Postings and per-term entry lists in typed arrays, for scoring (see term-table.ts). */
  readonly table: TermTable;
  /** Norm of each document, in a typed array for the hot loop. */
  readonly docNorm: Float64Array;
  /**
   * For each entry, how characteristic each term is: the share of its phrasings that use it
   * (title and keywords count as several), so an incidental word weighs less than a defining one.
   */
  readonly salience: readonly ReadonlyMap<string, number>[];
  /** Terms of each entry's guidance text. */
  readonly weak: readonly ReadonlySet<string>[];
  readonly idf: ReadonlyMap<string, number>;
  readonly unknownIdf: number;
  readonly typos: TypoCorrector;
  /** Stems that place a question in the guidance's domain (see anchors.ts). */
  readonly anchors: ReadonlySet<string>;
}

const sources = (e: Entry, lang: Lang) => {
  const l = e[lang];
  return [l.title, ...l.phrasings, (l.keywords ?? []).join(' ')].filter((s) => s.length > 0);
};

/** Title and keywords are the entry's own choice of words: they count as this many phrasings. */
const DEFINING_WEIGHT = 3;

function salienceOf(docs: readonly { terms: readonly string[] }[]): Map<string, number> {
  const counts = new Map<string, number>();
  const last = docs.length - 1;
  docs.forEach((d, k) => {
    const weight = k === 0 || k === last ? DEFINING_WEIGHT : 1;
    for (const t of d.terms) counts.set(t, (counts.get(t) ?? 0) + weight);
  });
  const total = docs.length - 2 + 2 * DEFINING_WEIGHT;
  return new Map([...counts].map(([t, c]) => [t, c / total]));
}

function idfTable(salience: readonly ReadonlyMap<string, number>[]): Map<string, number> {
  const df = new Map<string, number>();
  for (const map of salience) for (const t of map.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  const n = salience.length;
  return new Map([...df].map(([t, d]) => [t, Math.log(1 + n / d)]));
}

const weakText = (e: Entry, lang: Lang) => `${e[lang].text} ${e[lang].why ?? ''}`;
const anchorText = (lang: Lang) => [...ANCHOR_WORDS[lang], ...lexiconTargets(lang)].join(' ');

/** Every text buildIndex analyses, for analysing them ahead of time (analysed.ts). */
export const indexTexts = (entries: readonly Entry[], lang: Lang): string[] => [
  ...entries.flatMap((e) => [...sources(e, lang), weakText(e, lang)]),
  anchorText(lang),
];

export function buildIndex(
  entries: readonly Entry[],
  lang: Lang,
  settings: MatchSettings,
  analysed: Analysed = analyseTerms,
): LangIndex {
  const vocabulary = entries.flatMap((e) => [...sources(e, lang), e[lang].text].flatMap(rawWords));
  const typos = new TypoCorrector([...vocabulary, ...lexiconWords(lang)]);
  const raw = entries.map((e, i) =>
    sources(e, lang).map((label) => ({ entry: i, label, terms: analysed(label, lang) })),
  );
  const salience = raw.map(salienceOf);
  const weak = entries.map((e) => new Set(analysed(weakText(e, lang), lang)));
  const idf = idfTable(salience);
  // A word the catalogue never uses weighs more than its rarest word: it is evidence that the
  // question is about something else.
  const unknownIdf = settings.unknownWordWeight * Math.log(1 + entries.length);
  const docs = raw
    .flat()
    .map((d) => ({ ...d, norm: Math.hypot(...d.terms.map((t) => idf.get(t) ?? 0)) }));
  const anchors = new Set(analysed(anchorText(lang), lang));
  return {
    lang,
    entries,
    docs,
    idf,
    unknownIdf,
    typos,
    anchors,
    salience,
    weak,
    table: buildTermTable(docs, salience, weak, idf, unknownIdf),
    docNorm: Float64Array.from(docs, (d) => d.norm),
  };
}
