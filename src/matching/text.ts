// Turning what people type into comparable words: case, apostrophes, contractions,
// French elisions, accents and punctuation.
import type { Lang } from '../guidance/types.js';

const APOSTROPHES = /[\u2018\u2019\u02bc\u0060\u00b4]/g;

// English contractions first ("can't" must not become "can t").
const EN_CONTRACTIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bwon't\b/g, 'will not'],
  [/\bcan't\b/g, 'can not'],
  [/\bcannot\b/g, 'can not'],
  [/\bain't\b/g, 'is not'],
  [/n't\b/g, ' not'],
  [/'m\b/g, ' am'],
  [/'re\b/g, ' are'],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  [/'s\b/g, ''],
];

// French elisions: l'avis → avis, qu'un → un, jusqu'à → à.
const FR_ELISION = /\b(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjnsmtc])'/g;

export function stripAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The last text normalised and its result. One message is normalised several times on its way
 * (language detection, each feature's command check, the matcher's analysis): the same string
 * each time, so one remembered result spares the repeats.
 */
let last = { text: '', normalised: '' };

/** Lower-case, unify apostrophes, expand contractions and elisions, strip accents. */
export function normalise(text: string): string {
  if (text === last.text) return last.normalised;
  const normalised = normaliseNow(text);
  last = { text, normalised };
  return normalised;
}

function normaliseNow(text: string): string {
  let t = text.normalize('NFC').toLowerCase().replace(APOSTROPHES, "'");
  t = t.replace(/\u0153/g, 'oe').replace(/æ/g, 'ae');
  for (const [pattern, replacement] of EN_CONTRACTIONS) t = t.replace(pattern, replacement);
  t = t.replace(FR_ELISION, ' ');
  return stripAccents(t);
}

/** Split normalised text into words (letters and digits; "gc.ca" → "gc", "ca"). */
export function words(normalised: string): string[] {
  return normalised.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

export const tokenize = (text: string): string[] => words(normalise(text));

export type { Lang };
