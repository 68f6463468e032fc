// From probabilities to a decision: answer when sure, "did you mean" when two or three are close,
// not found otherwise or when the guidance does not answer.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { decide } from '../../src/matching/decide.js';
import type { Candidate } from '../../src/matching/matcher.js';
import type { MatchSettings } from '../../src/matching/settings.js';

const [a, b, c, d] = loadCatalogue().entries;
const s: MatchSettings = {
  answer: 0.5,
  margin: 0.1,
  outOfScope: 0.4,
  suggest: 0.2,
  suggestSpread: 0.25,
  sureOfOneWord: 0.8,
  suggestOneWord: 0.03,
  phrasingMatch: 0.75,
  phrasingFloor: 0.3,
};
const q = (outOfScope: number, known = 10, words = 5, phrasing: [number, number] = [0, 0]) => ({
  outOfScope,
  known,
  words,
  phrasing,
});
const candidates = (...scores: number[]): Candidate[] =>
  [a!, b!, c!, d!].slice(0, scores.length).map((entry, i) => ({ entry, score: scores[i]! }));

describe('decide', () => {
  it('answers a clear winner', () => {
    const r = decide(candidates(0.7, 0.1), q(0.05), s);
    expect(r.kind === 'answer' && r.best.entry).toBe(a);
  });
  it('declines when the guidance is likelier not to answer, or nothing is known', () => {
    expect(decide(candidates(0.35, 0.1), q(0.4), s).kind).toBe('not-found');
    expect(decide(candidates(0.3, 0.1), q(0.32), s).kind).toBe('not-found');
    expect(decide(candidates(0.9), q(0, 0), s).kind).toBe('not-found');
  });
  it('offers two or three close entries, never one', () => {
    const r = decide(candidates(0.4, 0.35, 0.21, 0.19), q(0.01), s);
    expect(r.kind === 'did-you-mean' && r.choices.map((x) => x.entry)).toEqual([a, b, c]);
    expect(decide(candidates(0.45, 0.1), q(0.01), s).kind).toBe('not-found');
  });
  it('offers the likeliest entries for a single word unless one is almost certain', () => {
    const r = decide(candidates(0.6, 0.1, 0.05, 0.01), q(0.01, 2, 1), s);
    expect(r.kind === 'did-you-mean' && r.choices.map((x) => x.entry)).toEqual([a, b, c]);
    expect(decide(candidates(0.9, 0.05), q(0.01, 2, 1), s).kind).toBe('answer');
  });
  it('answers below the threshold when the question is almost one of the best entry’s phrasings', () => {
    expect(decide(candidates(0.4, 0.1), q(0.01, 8, 3, [0.8, 0.3]), s).kind).toBe('answer');
    expect(decide(candidates(0.4, 0.1), q(0.01, 8, 3, [0.7, 0.3]), s).kind).toBe('not-found');
    expect(decide(candidates(0.4, 0.1), q(0.01, 8, 3, [0.8, 0.9]), s).kind).toBe('not-found');
    expect(decide(candidates(0.25, 0.1), q(0.01, 8, 3, [0.9, 0.3]), s).kind).toBe('not-found');
  });
  it('needs the margin to answer', () => {
    expect(decide(candidates(0.55, 0.5), q(0.01), s).kind).toBe('did-you-mean');
  });
});
