import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { createMatcher } from '../../src/matching/matcher.js';
import { TRICKY } from './fixtures/tricky.js';

const matcher = createMatcher(loadCatalogue());
const oos = JSON.parse(
  readFileSync(new URL('./fixtures/out-of-scope.json', import.meta.url), 'utf8'),
) as Record<'en' | 'fr', string[]>;
const locale = (lang: 'en' | 'fr') => (lang === 'fr' ? 'fr-CA' : 'en-US');

describe('matcher', () => {
  it.each(TRICKY)('[$lang] "$q" → $ids', ({ lang, q, ids }) => {
    const m = matcher.match(q, locale(lang));
    expect(m.lang).toBe(lang);
    expect(m.decision.kind).toBe('answer');
    if (m.decision.kind === 'answer') expect(ids).toContain(m.decision.best.entry.id);
  });

  it.each([...oos.en.map((q) => ['en', q] as const), ...oos.fr.map((q) => ['fr', q] as const)])(
    'declines out-of-scope [%s] "%s"',
    (lang, q) => {
      expect(matcher.match(q, locale(lang)).decision.kind).toBe('not-found');
    },
  );

  it('is deterministic', () => {
    const q = 'can I share a petition on facebook';
    expect(JSON.stringify(matcher.match(q, 'en-US'))).toBe(
      JSON.stringify(matcher.match(q, 'en-US')),
    );
  });

  it('answers in the language the question is written in, whatever the locale', () => {
    const m = matcher.match(
      'Est-ce que je peux signer une pétition contre le gouvernement?',
      'en-US',
    );
    expect(m.lang).toBe('fr');
    expect(m.decision.kind === 'answer' && m.decision.best.entry.id).toBe('ex-petitions');
  });

  it('offers "did you mean" with at most three entries when the question is ambiguous', () => {
    const m = matcher.match('criticize', 'en-US');
    expect(['did-you-mean', 'answer']).toContain(m.decision.kind);
    if (m.decision.kind === 'did-you-mean')
      expect(m.decision.choices.length).toBeLessThanOrEqual(3);
  });

  it('explains itself: matched terms, corrections and synonyms', () => {
    const m = matcher.match('can i retweet a petitoin', 'en-US');
    expect(m.analysis.corrections).toContain('petitoin → petition');
    expect(m.analysis.synonyms.some((s) => s.startsWith('retweet'))).toBe(true);
    expect(m.why(m.candidates[0]!).map((w) => w.feature)).toContain('w:petit');
  });

  it('declines empty or meaningless input', () => {
    for (const q of ['', '???', 'the and of', 'asdfgh qwerty'])
      expect(matcher.match(q, 'en-US').decision.kind).toBe('not-found');
  });
});
