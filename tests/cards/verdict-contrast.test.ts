// The verdict row's text must meet WCAG AA (4.5:1) on its container in Teams' themes. The colours are
// those of the Microsoft Teams host configs that the Adaptive Cards designer ships
// (adaptivecards-designer 2.4.4, lib/hostConfigs/microsoft-teams-{light,dark}.json): the container
// style's background and foreground colours. Teams' high-contrast theme forces system colours; the
// e2e suite checks that case in the Playground with forced colours.
import { describe, expect, it } from 'vitest';
import { answerCard } from '../../src/features/qa/cards/answer.js';
import { ofType } from './card-walk.js';
import { lookup, pets, sampleEntry } from './fixtures.js';
import type { Entry } from '../../src/guidance/types.js';

type Style = 'good' | 'warning' | 'attention';
type TextColour = 'default' | Style;

/** The verdict containers' backgrounds: the same in both themes. */
const BACKGROUND: Record<Style, string> = {
  good: '#CCFFCC',
  warning: '#FFE2B2',
  attention: '#FFC5B2',
};
/** foregroundColors.<colour>.default, the same for each of those container styles. */
const TEXT: Record<'light' | 'dark', Record<TextColour, string>> = {
  light: { default: '#252424', good: '#92c353', warning: '#f8d22a', attention: '#c4314b' },
  dark: { default: '#201f1f', good: '#92c353', warning: '#f8d22a', attention: '#d74654' },
};

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const s = parseInt(hex.slice(i, i + 2), 16) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

const inappropriate: Entry = { ...pets, id: 'ex-x', verdict: 'inappropriate' };
const CASES = [
  ['appropriate', pets],
  ['risky', sampleEntry],
  ['inappropriate', inappropriate],
] as const;

describe.each(['light', 'dark'] as const)('verdict row in Teams %s theme', (theme) => {
  it.each(CASES)('%s: text colour meets 4.5:1 on its container', (_, entry) => {
    for (const lang of ['en', 'fr'] as const) {
      const row = ofType(answerCard(entry, lookup, lang), 'Container').find((c) =>
        ['good', 'warning', 'attention'].includes(String(c.style)),
      )!;
      const style = row.style as Style;
      const [block] = ofType(row, 'TextBlock');
      const colour = (
        typeof block?.color === 'string' ? block.color.toLowerCase() : 'default'
      ) as TextColour;
      const background = BACKGROUND[style];
      const ratio = contrast(TEXT[theme][colour], background);
      expect(ratio, `${style} text on ${background}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('would fail with the verdict colour as text colour (the old card): the check can fail', () => {
    expect(contrast(TEXT[theme].warning, BACKGROUND.warning)).toBeLessThan(1.5);
  });
});
