import { describe, expect, it } from 'vitest';
import { detectLanguage, localeLang } from '../../src/matching/language.js';

describe('language', () => {
  it('follows the Teams locale by default', () => {
    expect(localeLang('fr-CA')).toBe('fr');
    expect(localeLang('en-US')).toBe('en');
    expect(localeLang(undefined)).toBe('en');
    expect(detectLanguage('pétition', 'en-US')).toBe('en');
    expect(detectLanguage('hashtag', 'fr-CA')).toBe('fr');
  });

  it('switches when the text is clearly in the other language', () => {
    expect(detectLanguage('Est-ce que je peux partager une pétition sur Facebook?', 'en-US')).toBe(
      'fr',
    );
    expect(detectLanguage('Can I share a petition on my Facebook page?', 'fr-CA')).toBe('en');
  });
});
