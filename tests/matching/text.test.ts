import { describe, expect, it } from 'vitest';
import { normalise, tokenize } from '../../src/matching/text.js';

describe('normalise', () => {
  it('expands English contractions and drops possessives', () => {
    expect(tokenize("I can't share my boss's post, isn't it?")).toEqual([
      'i',
      'can',
      'not',
      'share',
      'my',
      'boss',
      'post',
      'is',
      'not',
      'it',
    ]);
    expect(tokenize("won't I'm we're they'll I've I'd")).toEqual([
      'will',
      'not',
      'i',
      'am',
      'we',
      'are',
      'they',
      'will',
      'i',
      'have',
      'i',
      'would',
    ]);
  });

  it('drops French elisions, with straight or curly apostrophes', () => {
    expect(tokenize("l'avis d’un collègue qu'il m'a j'ai jusqu'à")).toEqual([
      'avis',
      'un',
      'collegue',
      'il',
      'a',
      'ai',
      'a',
    ]);
  });

  it('strips accents and case, and splits on punctuation', () => {
    expect(normalise('ÉLECTIONS Municipales, Pétition!')).toBe('elections municipales, petition!');
    expect(tokenize('gc.ca e-mail #hashtag')).toEqual(['gc', 'ca', 'e', 'mail', 'hashtag']);
  });
});
