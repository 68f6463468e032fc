// Answer quality on questions the catalogue's authors never saw: a floor, so a change to the
// lexicon, the settings or the content that makes answers worse fails here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { createMatcher } from '../../src/matching/matcher.js';

interface Question {
  lang: 'en' | 'fr';
  q: string;
  ids?: string[];
  out?: boolean;
}
const holdout = readFileSync(new URL('./fixtures/holdout.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((l) => JSON.parse(l) as Question);
const matcher = createMatcher(loadCatalogue());

function share(filter: (q: Question) => boolean) {
  const qs = holdout.filter(filter);
  const right = qs.filter((h) => {
    const d = matcher.match(h.q, h.lang === 'fr' ? 'fr-CA' : 'en-US').decision;
    return h.out ? d.kind === 'not-found' : d.kind === 'answer' && h.ids!.includes(d.best.entry.id);
  });
  return right.length / qs.length;
}

describe('held-out questions', () => {
  it('answers at least 80% of English questions with a right entry', () => {
    expect(share((h) => !h.out && h.lang === 'en')).toBeGreaterThanOrEqual(0.8);
  });
  it('answers at least 80% of French questions with a right entry', () => {
    expect(share((h) => !h.out && h.lang === 'fr')).toBeGreaterThanOrEqual(0.8);
  });
  it('declines most out-of-scope questions, including ones that borrow the guidance’s words', () => {
    expect(share((h) => !!h.out)).toBeGreaterThanOrEqual(0.6);
  });
});
