// Small text rules shared by the scenario schema and its tests: quotations and sentence counts.
import type { Lang } from '../guidance/types.js';

// Characters past Latin-1 are written as \u escapes in code: one such character anywhere in the
// production bundle makes V8 keep its whole source as two-byte text (docs/benchmarks.md).
/** A quotation of the guidance: “…” in English, « … » in French. */
const QUOTATION: Record<Lang, RegExp> = {
  en: /\u201c([^\u201d]+)\u201d/g, // “…”
  fr: /«([^»]+)»/g,
};

/** The quoted passages of a text, trimmed, in order. */
export function quotations(text: string, lang: Lang): string[] {
  return [...text.matchAll(QUOTATION[lang])].map((m) => m[1]!.trim());
}

/**
 * Counts sentences. A quotation counts as a single word of the sentence around it, keeping only its
 * final punctuation, so a quoted post or question does not add sentences of its own.
 */
export function countSentences(text: string): number {
  const collapsed = text.replace(/\u201c[^\u201d]*\u201d|«[^»]*»/g, (q) => {
    const end = /[.!?\u2026]$/.exec(q.slice(1, -1).trim());
    return `Q${end ? end[0] : ''}`;
  });
  return collapsed.split(/(?<=[.!?\u2026])\s+(?=[\p{Lu}\d])/u).filter((s) => s.trim()).length;
}
