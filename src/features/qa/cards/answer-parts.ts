// How an answer card divides an entry's words between its first view and the details one click
// away: people skim in Teams, so the first view is the verdict and the guidance's own answer line,
// and the rest of the text (never reworded, only folded) waits behind one toggle.
import { paragraphs, type Paragraph } from '../../../cards/paragraphs.js';
import type { Entry, Lang } from '../../../guidance/types.js';

/** About four lines at the card's width in Teams: enough for the answer line, short of a screen. */
const LEAD_CHARS = 420;

export interface AnswerText {
  /** Shown at once. */
  readonly lead: readonly Paragraph[];
  /** Folded: shown by the card's one toggle, in the guidance's order after the lead. */
  readonly more: readonly Paragraph[];
}

/** The first paragraphs up to about LEAD_CHARS, never fewer than one; the rest folded. */
function splitAtBudget(all: readonly Paragraph[]): AnswerText {
  let used = 0;
  let n = 0;
  while (n < all.length && (n === 0 || used + all[n]!.text.length <= LEAD_CHARS)) {
    used += all[n]!.text.length;
    n += 1;
  }
  return { lead: all.slice(0, n), more: all.slice(n) };
}

/**
 * An example's text is the guidance's list intro ("The following are some non-exhaustive
 * examples…"), then the list heading with its condition ("…always only if the content does not
 * call into question your non-partisanship and impartiality"), then the bullet itself (and, for a
 * few, a sentence after it). The heading, with its condition, leads. The bullet is folded only where
 * the card's title already says it word for word; a shorter title leaves it in the first view. The
 * intro is folded. Nothing is reworded.
 */
function exampleText(all: readonly Paragraph[], title: string): AnswerText {
  if (all.length < 3) return { lead: all, more: [] };
  const [intro, heading, bullet, ...after] = all as [
    Paragraph,
    Paragraph,
    Paragraph,
    ...Paragraph[],
  ];
  return sameWords(bullet.text.replace(/^- /, ''), title)
    ? { lead: [heading, ...after], more: [intro, bullet] }
    : { lead: [heading, bullet, ...after], more: [intro] };
}

const words = (text: string) =>
  text
    .toLowerCase()
    .replace(/[\u2019']/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
const sameWords = (a: string, b: string) => words(a) === words(b);

/** A reflection question's answer is its why-text (its own text only repeats the title). */
export function answerText(entry: Entry, lang: Lang): AnswerText {
  const { title, text, why } = entry[lang];
  if (entry.kind === 'reflection-question') {
    const body = text.trim() === title.trim() ? [] : paragraphs(text);
    return splitAtBudget([...body, ...paragraphs(why)]);
  }
  const all = paragraphs(text);
  return entry.kind === 'example' ? exampleText(all, title) : splitAtBudget(all);
}
