import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { createMatcher } from '../../src/matching/matcher.js';
import { MAX_SEARCH_HITS, SEARCH_FLOOR, searchEntries } from '../../src/matching/search.js';

const matcher = createMatcher(loadCatalogue());
const ids = (query: string, locale = 'en-US', limit?: number) =>
  searchEntries(matcher, query, locale, limit).hits.map((h) => h.entry.id);
const oos = JSON.parse(
  readFileSync(new URL('./fixtures/out-of-scope.json', import.meta.url), 'utf8'),
) as Record<'en' | 'fr', string[]>;

describe('searchEntries', () => {
  it.each([
    ['petition', 'en-US', 'en', 'ex-petitions'],
    ['pétition', 'fr-CA', 'fr', 'ex-petitions'],
    ['petitions', 'fr-CA', 'fr', 'ex-petitions'],
    ['pets', 'en-US', 'en', 'ex-pets-vacation-family'],
    ['animaux', 'fr-CA', 'fr', 'ex-pets-vacation-family'],
    ['candidat', 'fr-CA', 'fr', 'topic-candidacy'],
    ['candidate', 'en-US', 'en', 'topic-candidacy'],
    ['harassment', 'en-US', 'en', 'topic-harassment'],
    ['harcèlement', 'fr-CA', 'fr', 'topic-harassment'],
  ])('"%s" (%s) → %s first, best %s', (query, locale, lang, first) => {
    const { lang: found, hits } = searchEntries(matcher, query, locale);
    expect(found).toBe(lang);
    expect(hits[0]?.entry.id).toBe(first);
  });

  it('fixes typos as chat does', () => {
    expect(ids('petitoin')[0]).toBe('ex-petitions');
    expect(ids('pétitoin', 'fr-CA')[0]).toBe('ex-petitions');
    expect(ids('harasment')[0]).toBe('topic-harassment');
    expect(ids('politcal').length).toBeGreaterThan(1);
  });

  it('lists several entries for a broad word, best first, all above the search floor', () => {
    const { hits } = searchEntries(matcher, 'criticize', 'en-US');
    expect(hits.length).toBeGreaterThanOrEqual(3);
    expect(hits.map((h) => h.entry.id)).toEqual(
      expect.arrayContaining(['ex-criticizing-organization', 'ex-criticizing-colleague']),
    );
    for (const [i, h] of hits.entries()) {
      expect(h.score).toBeGreaterThanOrEqual(SEARCH_FLOOR);
      if (i > 0) expect(h.score).toBeLessThanOrEqual(hits[i - 1]!.score);
    }
  });

  it('lists the best matches even when chat would only ask "did you mean"', () => {
    const m = matcher.match('facebook', 'en-US');
    expect(m.decision.kind).toBe('did-you-mean');
    const found = ids('facebook');
    expect(found.length).toBeGreaterThan(3);
    if (m.decision.kind === 'did-you-mean')
      expect(found.slice(0, m.decision.choices.length)).toEqual(
        m.decision.choices.map((c) => c.entry.id),
      );
  });

  it('honours the limit and paging, within a cap', () => {
    const all = ids('criticize', 'en-US', MAX_SEARCH_HITS);
    expect(all.length).toBeGreaterThan(3);
    expect(ids('criticize', 'en-US', 2)).toEqual(all.slice(0, 2));
    const page2 = searchEntries(matcher, 'criticize', 'en-US', 2, { skip: 2 }).hits;
    expect(page2.map((h) => h.entry.id)).toEqual(all.slice(2, 4));
    expect(searchEntries(matcher, 'criticize', 'en-US', 1000).hits.length).toBeLessThanOrEqual(
      MAX_SEARCH_HITS,
    );
    expect(ids('criticize', 'en-US', 0)).toEqual([]);
    expect(ids('criticize', 'en-US', Number.NaN)).toEqual(all.slice(0, 10));
  });

  it('follows the locale, unless the query is clearly in the other language', () => {
    expect(searchEntries(matcher, 'petition', 'fr-CA').lang).toBe('fr');
    expect(searchEntries(matcher, 'puis-je signer une pétition', 'en-US').lang).toBe('fr');
    expect(searchEntries(matcher, 'can I sign a petition', 'fr-CA').lang).toBe('en');
  });

  it.each(['', '   ', '???', 'the and of', 'le la les', 'asdfgh qwerty', 'pizza', 'a'])(
    'lists nothing for empty or meaningless input: %j',
    (query) => {
      expect(ids(query)).toEqual([]);
      expect(ids(query, 'fr-CA')).toEqual([]);
    },
  );

  it('lists nothing for what chat declines as out of scope', () => {
    for (const q of oos.en) expect(ids(q), q).toEqual([]);
    for (const q of oos.fr) expect(ids(q, 'fr-CA'), q).toEqual([]);
  });

  it("leaves the matcher's default decision and candidates unchanged", () => {
    const q = 'can I share a petition on facebook';
    const plain = matcher.match(q, 'en-US');
    const wide = matcher.match(q, 'en-US', { top: 25 });
    expect(plain.candidates.length).toBeLessThanOrEqual(5);
    expect(wide.decision).toEqual(plain.decision);
    expect(wide.candidates.slice(0, plain.candidates.length)).toEqual(plain.candidates);
  });
});
