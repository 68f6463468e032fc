// The catalogue's own texts, analysed ahead of time. Building a language's index analyses every
// phrasing, title, keyword list and guidance text (normalise, synonyms, stop words, stemming): most
// of the index's build time, paid by the first question in that language (docs/benchmarks.md).
// `npm run build` analyses them with the compiled code and writes the terms next to it
// (dist/src/matching/analysed-<lang>.json, scripts/analyse-catalogue.ts), so the built bot reads them
// instead. A text not found there (another catalogue, a run from src/) is analysed as before: the
// file can only spare work, never change an answer, since it was written by the same code.
import { readFileSync } from 'node:fs';
import type { Lang } from '../guidance/types.js';
import { analyse } from './analyse.js';

export type Analysed = (text: string, lang: Lang) => readonly string[];

/** File name of a language's analysed texts, beside this module. */
export const analysedFile = (lang: Lang): URL =>
  new URL(`./analysed-${lang}.json`, import.meta.url);

/** Analyses a text the usual way: its meaningful stems. */
export const analyseTerms: Analysed = (text, lang) => analyse(text, lang).terms;

/** The analysed terms of `texts` (to write at build time). */
export function analyseAll(texts: Iterable<string>, lang: Lang): Record<string, readonly string[]> {
  const out: Record<string, readonly string[]> = {};
  for (const text of texts) out[text] ??= analyseTerms(text, lang);
  return out;
}

/** Terms from the build's file when it has the text, else analysed now. */
export function analysedTerms(lang: Lang): Analysed {
  let known: Readonly<Record<string, readonly string[]>> = {};
  try {
    known = JSON.parse(readFileSync(analysedFile(lang), 'utf8')) as typeof known;
  } catch {
    // No file (running from src/, tests): everything is analysed now.
  }
  return (text, l) =>
    l === lang && Object.hasOwn(known, text) ? known[text]! : analyseTerms(text, l);
}
