// What the model reads: who acts, how the question asks, and words fixed or left alone.
import { describe, expect, it } from 'vitest';
import { featuresOf } from '../../src/matching/features.js';
import { TypoCorrector } from '../../src/matching/typos.js';

const en = (text: string) => featuresOf(text, 'en').features;

describe('question features', () => {
  it('tells "my brother is running" from "I am running"', () => {
    const brother = en('my brother is running for city council');
    const me = en('I am running for city council');
    expect(brother).toContain('a:relative run');
    expect(me).toContain('a:self run');
    expect(me).not.toContain('a:relative run');
    expect(me).not.toContain('r:relative');
  });

  it('marks a manager speaking of their team and a negation', () => {
    expect(en('one of my employees posted a rant')).toContain('r:team');
    expect(en("I won't name my department")).toContain('r:negation');
    expect(featuresOf('mon frère se présente aux élections', 'fr').features).toContain(
      'r:relative',
    );
  });

  it('reads how the asking sentence starts: a procedure is not a judgement', () => {
    const how = en('How do I make my Instagram account private?');
    expect(how).toEqual(expect.arrayContaining(['f:how', 'f:how do', 'x:how']));
    expect(en('Should I make my account private?')).toContain('f:should i');
  });

  it('adds the asking sentence of a long situation, and not of a one-sentence question', () => {
    const long = en('My sister runs a bakery in Moncton. Can I share her petition?');
    expect(long).toEqual(expect.arrayContaining(['q:petit', 'q:share', 'w:moncton']));
    expect(long).not.toContain('q:moncton');
    expect(en('can I share a petition').some((f) => f.startsWith('q:'))).toBe(false);
  });

  it('keeps word pairs in order, stop words skipped', () => {
    expect(en('sign a petition against the minister')).toEqual(
      expect.arrayContaining(['b:sign petit', 'b:petit against', 'b:against minist']),
    );
  });

  it('counts the words the model never learned', () => {
    const known = new Set(['order', 'team']);
    expect(featuresOf('order pizza for the team', 'en', { known }).features).toContain('u:1');
    expect(featuresOf('order pizza and wings', 'en', { known }).features).toEqual(
      expect.arrayContaining(['u:1', 'u:2']),
    );
    expect(featuresOf('order for the team', 'en', { known }).features).not.toContain('u:1');
  });

  it('fixes a typo towards the vocabulary but leaves real words alone', () => {
    const typos = new TypoCorrector(['petition', 'petition', 'plug', 'code'], 4, new Set(['plus']));
    const f = featuresOf('my petiton plus', 'en', { typos });
    expect(f.corrections).toEqual(['petiton → petition']);
    expect(f.features).toContain('w:plus');
    expect(f.features).not.toContain('w:plug');
  });
});
