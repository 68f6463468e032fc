// Which language a question is written in. The Teams locale decides unless the text is clearly
// in the other language (a French speaker with an English Teams client, and the reverse).
import type { Lang } from '../guidance/types.js';
import { tokenize } from './text.js';

const MARKERS: Record<Lang, ReadonlySet<string>> = {
  en: new Set(
    'the is are can could should would i my me it to of and or what how who when where do does am be about if with my this that your you we our'.split(
      ' ',
    ),
  ),
  fr: new Set(
    'le la les des un une je j est sont puis peux pourrais dois mon ma mes de du et ou que qui quoi comment quand avec pour sur ce cette mais pas ne vous nous est-ce quel quelle ai suis au aux'.split(
      ' ',
    ),
  ),
};

const ACCENTED = /[àâäçéèêëîïôöùûüÿ\u0153]/i; // \u0153: œ

export function localeLang(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

/** Counts each language's function words (and French accents); "clearly" means two ahead and double. */
export function detectLanguage(text: string, locale: string | undefined): Lang {
  const fallback = localeLang(locale);
  const words = tokenize(text);
  const count = (lang: Lang) => words.filter((w) => MARKERS[lang].has(w)).length;
  const fr = count('fr') + (ACCENTED.test(text) ? 1 : 0);
  const en = count('en');
  if (fallback === 'en' && fr >= en + 2 && fr >= 2 * en) return 'fr';
  if (fallback === 'fr' && en >= fr + 2 && en >= 2 * fr) return 'en';
  return fallback;
}
