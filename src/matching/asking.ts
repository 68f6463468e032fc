// The sentence that asks. In a long situation ("My sister is running for council… she asked me to
// share her page. Can I?") the question is usually one sentence among many, and how it starts tells
// a lot: "how do I…" and "when is…" ask for a procedure or a date the guidance does not give;
// "can I…" and "should I…" ask for a judgement it does give.
//   q:stem       a meaningful word of an asking sentence (only when the text has several sentences)
//   f:word       the first word of an asking sentence; f:word word, its first two words
//   x:word       an interrogative word (how, when, where, comment, quand…) in an asking sentence
import { tokenize } from './text.js';

const INTERROGATIVES = new Set(
  `how when where what which who why whom whose
  comment quand ou quoi quel quelle quels quelles qui pourquoi combien`.split(/\s+/),
);

/** Sentences of a text: split after . ? ! and at line breaks. */
const sentencesOf = (text: string) => text.split(/(?<=[.?!])\s+|\n+/u).filter((s) => s.trim());

/** The sentences that end with "?", or the last sentence when none does. */
export function askingSentences(text: string): { readonly asks: string[]; readonly of: number } {
  const sentences = sentencesOf(text);
  const asks = sentences.filter((s) => s.trim().endsWith('?'));
  return { asks: asks.length > 0 ? asks : sentences.slice(-1), of: sentences.length };
}

/** The frame features (f:, x:) of a text's asking sentences. */
export function askingFrames(asks: readonly string[]): string[] {
  const out: string[] = [];
  for (const sentence of asks) {
    const words = tokenize(sentence);
    if (words.length === 0) continue;
    out.push(`f:${words[0]}`);
    if (words.length > 1) out.push(`f:${words[0]} ${words[1]}`);
    for (const w of words) if (INTERROGATIVES.has(w)) out.push(`x:${w}`);
  }
  return out;
}
