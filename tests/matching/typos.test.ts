import { describe, expect, it } from 'vitest';
import { TypoCorrector, editDistance } from '../../src/matching/typos.js';

describe('typo correction', () => {
  const typos = new TypoCorrector([
    'petition',
    'partisan',
    'hashtag',
    'candidate',
    'from',
    'form',
    'form',
  ]);

  it('fixes one insertion, deletion, substitution or swap', () => {
    expect(typos.correct('petiton')).toBe('petition');
    expect(typos.correct('partisann')).toBe('partisan');
    expect(typos.correct('hashtog')).toBe('hashtag');
    expect(typos.correct('cnadidate')).toBe('candidate');
  });

  it('leaves known, short and far-off words alone', () => {
    expect(typos.correct('petition')).toBeUndefined();
    expect(typos.correct('pet')).toBeUndefined();
    expect(typos.correct('printer')).toBeUndefined();
  });

  it('prefers the more frequent word when two are one edit away', () => {
    expect(typos.correct('fxrm')).toBe('form');
  });

  it('measures swaps as one edit', () => {
    expect(editDistance('form', 'from')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});
