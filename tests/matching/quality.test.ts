// Answer quality on questions the catalogue's and the training data's authors never saw: floors, so
// a change to the data, the model or the settings that makes answers worse fails here. Scored
// strictly, as docs/matching.md reports: the answer must be an expected entry ("did you mean" is a
// miss), an off-topic question must get "not found".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { createMatcher } from '../../src/matching/matcher.js';
import { readBlindSet, type BlindQuestion } from './blind-set.js';
import { passes, type Outcome } from './blind-score.js';

const matcher = createMatcher(loadCatalogue());
const outcome = (q: Pick<BlindQuestion, 'q' | 'lang'>): Outcome => {
  const d = matcher.match(q.q, q.lang === 'fr' ? 'fr-CA' : 'en-US').decision;
  if (d.kind === 'answer') return { kind: 'answer', id: d.best.entry.id };
  if (d.kind === 'did-you-mean')
    return { kind: 'did-you-mean', ids: d.choices.map((c) => c.entry.id) };
  return { kind: 'not-found' };
};
const share = (qs: readonly BlindQuestion[], f: (q: BlindQuestion, o: Outcome) => boolean) =>
  qs.filter((q) => f(q, outcome(q))).length / qs.length;

// Sets written from the guidance alone and frozen (fixtures/README.md says which one reports; B to E
// have since been folded into training, H and I, the reporting sets, have not): floor per set.
describe.each([
  ['b', 0.75],
  ['c', 0.75],
  ['d', 0.75],
  ['e', 0.75],
  ['h', 0.75],
  ['i', 0.75],
  // One of J's 20 plain questions is answered ("recipe for butter tarts…" → sharing recipes), found
  // on its first run (2026-12-07) and left as measured: J reports, it is not tuned on.
  ['j', 0.75, 0.95],
] as const)('blind set %s', (name, floor, plainFloor: number = 1) => {
  const set = readBlindSet(
    new URL(`./fixtures/blind-${name}.questions.jsonl`, import.meta.url).pathname,
  );
  const inScope = set.filter((q) => q.kind === 'in-scope');
  it.each(['en', 'fr'] as const)(
    'answers at least the floor of %s questions with a right entry',
    (lang) => {
      expect(
        share(
          inScope.filter((q) => q.lang === lang),
          passes,
        ),
      ).toBeGreaterThanOrEqual(floor);
    },
  );
  it('answers at most 3% of in-scope questions with a wrong entry', () => {
    const wrong = (q: BlindQuestion, o: Outcome) =>
      o.kind === 'answer' && !q.expected.includes(o.id);
    expect(share(inScope, wrong)).toBeLessThanOrEqual(0.03);
  });
  it('declines at least 90% of tricky off-topic questions and every plain one (but J’s)', () => {
    expect(
      share(
        set.filter((q) => q.kind === 'off-topic-tricky'),
        passes,
      ),
    ).toBeGreaterThanOrEqual(0.9);
    expect(
      share(
        set.filter((q) => q.kind === 'off-topic-plain'),
        passes,
      ),
    ).toBeGreaterThanOrEqual(plainFloor);
  });
});

describe('the earlier held-out set', () => {
  const holdout = readFileSync(new URL('./fixtures/holdout.jsonl', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { lang: 'en' | 'fr'; q: string; ids?: string[]; out?: boolean })
    .map((h, i): BlindQuestion => ({
      id: `h${i}`,
      lang: h.lang,
      q: h.q,
      persona: 'employee',
      kind: h.out ? 'off-topic-tricky' : 'in-scope',
      expected: h.ids ?? [],
    }));
  it.each(['en', 'fr'] as const)(
    'answers at least nine %s questions in ten with a right entry',
    (lang) => {
      const qs = holdout.filter((q) => q.kind === 'in-scope' && q.lang === lang);
      expect(share(qs, passes)).toBeGreaterThanOrEqual(0.9);
    },
  );
  it('declines at least 90% of its tricky off-topic questions', () => {
    expect(
      share(
        holdout.filter((q) => q.kind !== 'in-scope'),
        passes,
      ),
    ).toBeGreaterThanOrEqual(0.9);
  });
});
