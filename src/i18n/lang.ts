// The one place that decides a reply's language: from a Teams locale, from a card action's data,
// and from what a message is written in (the locale decides unless the text is clearly in the other
// language: a French speaker with an English Teams client, and the reverse).
import { LANGS, type Lang } from '../guidance/types.js';
import { tokenize } from '../matching/text.js';

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

/**
 * French for any "fr" locale (fr, fr-CA, fr-FR…), English otherwise — including a locale that is
 * not a string: the turn-error handler asks too, and must not throw on what a request carried.
 */
export const langOfLocale = (locale: unknown): Lang =>
  typeof locale === 'string' && locale.toLowerCase().startsWith('fr') ? 'fr' : 'en';

/** The locale that formats dates and numbers in a language (Canadian English and French). */
export const localeOf = (lang: Lang): string => (lang === 'fr' ? 'fr-CA' : 'en-CA');

/** The language a card action's data names (it comes back from a client: anything), else `fallback`. */
export const langOfData = (data: Readonly<Record<string, unknown>>, fallback: Lang): Lang =>
  LANGS.includes(data.lang as Lang) ? (data.lang as Lang) : fallback;

/** Counts each language's function words (and French accents); "clearly" means two ahead and double. */
export function langOfText(text: string, locale: string | undefined): Lang {
  const fallback = langOfLocale(locale);
  const words = tokenize(text);
  const count = (lang: Lang) => words.filter((w) => MARKERS[lang].has(w)).length;
  const fr = count('fr') + (ACCENTED.test(text) ? 1 : 0);
  const en = count('en');
  if (fallback === 'en' && fr >= en + 2 && fr >= 2 * en) return 'fr';
  if (fallback === 'fr' && en >= fr + 2 && en >= 2 * fr) return 'en';
  return fallback;
}
