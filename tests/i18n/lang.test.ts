import { describe, expect, it } from 'vitest';
import { langOfText, langOfLocale } from '../../src/i18n/lang.js';

describe('language', () => {
  it('follows the Teams locale by default', () => {
    expect(langOfLocale('fr-CA')).toBe('fr');
    expect(langOfLocale('en-US')).toBe('en');
    expect(langOfLocale(undefined)).toBe('en');
    expect(langOfText('pétition', 'en-US')).toBe('en');
    expect(langOfText('hashtag', 'fr-CA')).toBe('fr');
  });

  it('switches when the text is clearly in the other language', () => {
    expect(langOfText('Est-ce que je peux partager une pétition sur Facebook?', 'en-US')).toBe(
      'fr',
    );
    expect(langOfText('Can I share a petition on my Facebook page?', 'fr-CA')).toBe('en');
  });
});
