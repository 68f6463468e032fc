// The scoring shortcuts (pruning, bounds, precomputed arrays) must never change a result: the
// candidates scoreEntries returns are compared, every field, with the frozen implementation in
// reference-score.ts, on the real catalogue and on synthetic catalogues ten times larger (both
// models of bench/synthetic-catalogue.ts), in both languages, under settings including extremes.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticCatalogue, type SyntheticModel } from '../../bench/synthetic-catalogue.js';
import { loadCatalogue } from '../../src/guidance/load.js';
import type { Lang } from '../../src/guidance/types.js';
import { analyse } from '../../src/matching/analyse.js';
import { buildIndex } from '../../src/matching/catalogue-index.js';
import { scoreEntries, type Candidate } from '../../src/matching/score.js';
import { DEFAULT_SETTINGS, type MatchSettings } from '../../src/matching/settings.js';
import { TRICKY } from './fixtures/tricky.js';
import { scoreEntries as referenceScores } from './reference-score.js';

const jsonl = (url: URL) =>
  existsSync(url)
    ? readFileSync(url, 'utf8')
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => (JSON.parse(l) as { q: string }).q)
    : []; // ../shared is not part of every clone
const outOfScope = JSON.parse(
  readFileSync(new URL('./fixtures/out-of-scope.json', import.meta.url), 'utf8'),
) as Record<Lang, string[]>;
// Every question in both languages: asked in the other one, most of its words are unknown, which
// exercises the bounds where they are loosest.
const QUESTIONS = [
  ...jsonl(new URL('../../../shared/eval/dev-cases.jsonl', import.meta.url)),
  ...jsonl(new URL('./fixtures/holdout.jsonl', import.meta.url)),
  ...outOfScope.en,
  ...outOfScope.fr,
  ...TRICKY.map((t) => t.q),
  'post',
  'publier',
  '',
];

/** The first four also on the larger catalogues (the reference is slow there). */
const SETTINGS: readonly MatchSettings[] = [
  DEFAULT_SETTINGS,
  { ...DEFAULT_SETTINGS, closenessWeight: 0 },
  { ...DEFAULT_SETTINGS, weakCoverage: 1, fullSalience: 0.01 },
  { ...DEFAULT_SETTINGS, neighbourWeights: [0.4, 0.3, 0.2, 0.1], closenessWeight: 0.7 },
  { ...DEFAULT_SETTINGS, closenessWeight: 1 },
  { ...DEFAULT_SETTINGS, weakCoverage: 0, fullSalience: 1 },
  { ...DEFAULT_SETTINGS, neighbourWeights: [1] },
  { ...DEFAULT_SETTINGS, neighbourWeights: [0.2, 0.3, 0.5] },
  { ...DEFAULT_SETTINGS, neighbourWeights: [0, 0, 0] },
];

/** The matcher asks for 5, search for 25; Infinity (every candidate) only on the real catalogue. */
const LIMITS = [1, 5, 25];

// JSON writes every number with enough digits to read back the same double: equal strings, equal
// bits.
const plain = (c: Candidate) =>
  JSON.stringify([c.entry.id, c.score, c.closeness, c.coverage, c.closest, c.matched]);

/** Compares the guaranteed part of each list; returns the number of candidates compared. */
function compare(factor: number, model: SyntheticModel) {
  const entries = syntheticCatalogue(loadCatalogue().entries, factor, model);
  let compared = 0;
  const mismatches: string[] = [];
  for (const lang of ['en', 'fr'] as const) {
    const index = buildIndex(entries, lang, DEFAULT_SETTINGS);
    const analysed = QUESTIONS.map((q) => analyse(q, lang, index.typos).terms);
    // analyse() never repeats a term and questions are short; scoreEntries must not rely on either.
    const questions = [
      ...analysed,
      ...analysed.slice(0, 40).map((terms) => [...terms, ...terms.slice(0, 2)]),
      ...[0, 10, 20].map((from) => analysed.slice(from, from + 10).flat()),
    ];
    for (const s of factor === 1 ? SETTINGS : SETTINGS.slice(0, 4)) {
      for (const terms of questions) {
        for (const limit of factor === 1 ? [...LIMITS, Infinity] : LIMITS) {
          const expected = referenceScores(index, terms, s, limit);
          const actual = scoreEntries(index, terms, s, limit);
          const n = Math.min(limit, expected.length);
          const want = expected.slice(0, n).map(plain);
          const got = actual.slice(0, n).map(plain);
          compared += n;
          // Below the limit, both lists hold every candidate.
          const whole = n < limit && actual.length !== expected.length;
          if (whole || got.length !== n || got.some((c, i) => c !== want[i]))
            mismatches.push(`${lang} ${terms.join(' ')} limit ${limit} ${JSON.stringify(s)}`);
        }
      }
    }
  }
  expect(mismatches.slice(0, 5)).toEqual([]);
  return compared;
}

describe('scoreEntries gives exactly the reference results', () => {
  it('on the real catalogue', () => {
    expect(compare(1, 'near-duplicates')).toBeGreaterThan(200_000);
  });
  it.each(['near-duplicates', 'new-topics'] as const)(
    'on a synthetic catalogue ten times larger (%s)',
    (model) => {
      expect(compare(10, model)).toBeGreaterThan(60_000);
    },
    120_000,
  );
});
