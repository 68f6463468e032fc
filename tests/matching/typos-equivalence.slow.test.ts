// The hashed typo index corrects exactly as the string-keyed one did: the same answer for every
// one-edit variant of every known word (deletions, swaps, substitutions, insertions), and for
// words no edit reaches, in both languages.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { tokenize as rawWords } from '../../src/matching/text.js';
import { TypoCorrector } from '../../src/matching/typos.js';
import { ReferenceTypoCorrector } from './reference-typos.js';

const catalogue = loadCatalogue();

function vocabulary(lang: 'en' | 'fr'): string[] {
  return catalogue.entries.flatMap((e) =>
    [e[lang].title, e[lang].text, ...e[lang].phrasings].flatMap(rawWords),
  );
}

/** Every one-edit variant of `word` over a small alphabet, and two words no edit reaches. */
function variants(word: string, alphabet: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) {
    out.push(word.slice(0, i) + word.slice(i + 1));
    if (i + 1 < word.length) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
    for (const c of alphabet) out.push(word.slice(0, i) + c + word.slice(i + 1));
  }
  for (let i = 0; i <= word.length; i++)
    for (const c of alphabet) out.push(word.slice(0, i) + c + word.slice(i));
  return out;
}

describe.each(['en', 'fr'] as const)('typo index (%s)', (lang) => {
  const words = vocabulary(lang);
  const hashed = new TypoCorrector(words);
  const reference = new ReferenceTypoCorrector(words);
  const known = [...new Set(words)].filter((w) => w.length >= 4);

  it('corrects every one-edit variant of known words exactly as the string-keyed index', () => {
    const alphabet = lang === 'fr' ? 'aeiourstnlé' : 'aeiourstnl';
    let compared = 0;
    let corrected = 0;
    for (const word of known.filter((_, i) => i % 3 === 0)) {
      for (const v of variants(word, alphabet)) {
        const expected = reference.correct(v);
        expect(hashed.correct(v), v).toBe(expected);
        compared++;
        if (expected !== undefined) corrected++;
      }
    }
    expect(compared).toBeGreaterThan(20_000);
    expect(corrected).toBeGreaterThan(compared / 4);
  });

  it('knows the same words and leaves far-off words alone', () => {
    for (const w of known.slice(0, 500)) expect(hashed.knows(w)).toBe(true);
    for (const w of ['zzzzqqq', 'xylophonique', 'qwertyuiop'])
      expect(hashed.correct(w)).toBe(reference.correct(w));
  });
});
