// WCAG contrast of text as the Playground draws it: the element's computed text colour against the
// first opaque background behind it (its own or an ancestor's), by the WCAG 2.x formula.
import type { Locator } from 'playwright-core';

interface StyledElement {
  readonly parentElement: StyledElement | null;
}
interface Styles {
  readonly color: string;
  readonly backgroundColor: string;
}
type GetStyles = (el: StyledElement) => Styles;

/** The text colour and the background it sits on, as CSS rgb()/rgba() strings. */
async function colours(text: Locator): Promise<{ fg: string; bg: string }> {
  return text.evaluate((el: StyledElement) => {
    const styles = (globalThis as unknown as { getComputedStyle: GetStyles }).getComputedStyle;
    let bg = 'rgb(255, 255, 255)';
    for (let node: StyledElement | null = el; node; node = node.parentElement) {
      const c = styles(node).backgroundColor;
      if (c && c !== 'transparent' && !/rgba\(.*,\s*0\)$/.test(c)) {
        bg = c;
        break;
      }
    }
    return { fg: styles(el).color, bg };
  });
}

const channels = (css: string): number[] => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);

function luminance(css: string): number {
  const [r, g, b] = channels(css).map((v) => {
    const s = v / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export async function contrastOf(
  text: Locator,
): Promise<{ ratio: number; fg: string; bg: string }> {
  const { fg, bg } = await colours(text);
  const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
  return { ratio: (hi! + 0.05) / (lo! + 0.05), fg, bg };
}
