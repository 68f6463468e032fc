// Texts analysed at build time give exactly the index built by analysing them at start-up; texts
// the build did not see are analysed as before.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { analyseAll, analyseTerms, type Analysed } from '../../src/matching/analysed.js';
import { buildIndex, indexTexts } from '../../src/matching/catalogue-index.js';
import { DEFAULT_SETTINGS } from '../../src/matching/settings.js';

const { entries } = loadCatalogue();

/** A lookup over texts analysed ahead of time, as the built bot reads them from its JSON file. */
function aheadOfTime(lang: 'en' | 'fr'): { analysed: Analysed; missed: string[] } {
  const known = JSON.parse(JSON.stringify(analyseAll(indexTexts(entries, lang), lang))) as Record<
    string,
    string[]
  >;
  const missed: string[] = [];
  const analysed: Analysed = (text, l) => {
    if (Object.hasOwn(known, text)) return known[text]!;
    missed.push(text);
    return analyseTerms(text, l);
  };
  return { analysed, missed };
}

const comparable = (index: ReturnType<typeof buildIndex>) => ({
  docs: index.docs,
  salience: index.salience.map((m) => [...m]),
  weak: index.weak.map((s) => [...s]),
  idf: [...index.idf],
  anchors: [...index.anchors],
  docNorm: [...index.docNorm],
});

describe.each(['en', 'fr'] as const)('analysed ahead of time (%s)', (lang) => {
  it('builds the same index, and needs no text analysed at start-up', () => {
    const { analysed, missed } = aheadOfTime(lang);
    const fromFile = buildIndex(entries, lang, DEFAULT_SETTINGS, analysed);
    const now = buildIndex(entries, lang, DEFAULT_SETTINGS);
    expect(comparable(fromFile)).toEqual(comparable(now));
    expect(missed).toEqual([]);
  });

  it('analyses a text it was not given, as usual', () => {
    const { analysed, missed } = aheadOfTime(lang);
    const other = entries.map((e) => ({
      ...e,
      [lang]: { ...e[lang], title: `${e[lang].title} x` },
    }));
    const index = buildIndex(other, lang, DEFAULT_SETTINGS, analysed);
    expect(comparable(index)).toEqual(comparable(buildIndex(other, lang, DEFAULT_SETTINGS)));
    expect(missed.length).toBe(entries.length);
  });
});
