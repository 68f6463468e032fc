// Small text rules shared by the scenario schema and its tests: quotations and sentence counts.
import type { Lang } from '../guidance/types.js';

/** A quotation of the guidance: “…” in English, « … » in French. */
const QUOTATION: Record<Lang, RegExp> = { en: /“([^”]+)”/g, fr: /«([^»]+)»/g };

/** The quoted passages of a text, trimmed, in order. */
export function quotations(text: string, lang: Lang): string[] {
  return [...text.matchAll(QUOTATION[lang])].map((m) => m[1]!.trim());
}

/**
 * Counts sentences. A quotation counts as a single word of the sentence around it, keeping only its
 * final punctuation, so a quoted post or question does not add sentences of its own.
 */
export function countSentences(text: string): number {
  const collapsed = text.replace(/“[^”]*”|«[^»]*»/g, (q) => {
    const end = /[.!?…]$/.exec(q.slice(1, -1).trim());
    return `Q${end ? end[0] : ''}`;
  });
  return collapsed.split(/(?<=[.!?…])\s+(?=[\p{Lu}\d])/u).filter((s) => s.trim()).length;
}
