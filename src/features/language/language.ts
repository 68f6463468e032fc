// "language fr" / "langue en" (also "français", "english"): the person's reply language, kept as a
// preference under the keyed hash of their id. It replaces the Teams locale as the default; a
// question clearly written in the other language is still answered in that language.
import type { Lang } from '../../guidance/types.js';
import { langOfLocale, localeOf } from '../../i18n/lang.js';
import { normalise } from '../../matching/text.js';
import type { Storage } from '../../storage/storage.js';
import type { Turn } from '../../contract/activities.js';
import type { Feature } from '../../contract/feature.js';
import { personKeyOf, type TeamContext } from '../team/team-context.js';

const COMMAND =
  /^(?:language|langue|lang)\s+(en|english|anglais|fr|french|francais)$|^(english|francais)$/;
const CONFIRM: Record<Lang, string> = {
  en: 'I will answer you in English. Say "langue fr" to switch to French.',
  fr: "Je vous répondrai en français. Dites « language en » pour passer à l'anglais.",
};
const UNKNOWN_PERSON: Record<Lang, string> = {
  en: 'Teams did not say who you are, so I cannot remember your language. I will follow your Teams language.',
  fr: "Teams ne m'a pas indiqué qui vous êtes; je ne peux pas retenir votre langue. Je suivrai la langue de Teams.",
};
/** "language" / "langue" alone (a prompt starter sent as is): how to choose. */
const HOW: Record<Lang, string> = {
  en: 'Say "language en" for answers in English, or "langue fr" for answers in French.',
  fr: 'Dites « langue fr » pour des réponses en français, ou « language en » pour des réponses en anglais.',
};
const BARE = /^(language|langue|lang)$/;
const TTL_MS = 10 * 60 * 1000;

export interface LanguagePreferences {
  readonly feature: Feature;
  /** The locale to use for this person: their preference, else the Teams locale. */
  localeFor(turn: Turn): Promise<string | undefined>;
}

export function languagePreferences(ctx: TeamContext, storage: Storage): LanguagePreferences {
  // Read on every message, so cached: a preference changes rarely and only through this feature.
  const cache = new Map<string, { lang: Lang | undefined; at: number }>();
  const keyOf = (personKey: string) => `pref/${personKey}`;

  async function preferred(personKey: string): Promise<Lang | undefined> {
    const hit = cache.get(personKey);
    if (hit && Date.now() - hit.at < TTL_MS) return hit.lang;
    const lang = (await storage.read<{ lang: Lang }>(keyOf(personKey)))?.value.lang;
    if (cache.size > 10_000) cache.clear();
    cache.set(personKey, { lang, at: Date.now() });
    return lang;
  }

  const feature: Feature = {
    command(turn) {
      const text = normalise(turn.text).trim();
      const bare = BARE.exec(text)?.[1];
      if (bare) {
        const lang =
          bare === 'langue' ? 'fr' : bare === 'language' ? 'en' : langOfLocale(turn.locale);
        return Promise.resolve([{ lang, text: HOW[lang] }]);
      }
      const match = COMMAND.exec(text);
      if (!match) return undefined;
      const lang: Lang = /^(fr|french|francais)$/.test(match[1] ?? match[2] ?? '') ? 'fr' : 'en';
      const personKey = personKeyOf(ctx, turn);
      if (!personKey) return Promise.resolve([{ lang, text: UNKNOWN_PERSON[lang] }]);
      return storage.write(keyOf(personKey), { lang }).then(() => {
        cache.set(personKey, { lang, at: Date.now() });
        return [{ lang, text: CONFIRM[lang] }];
      });
    },
    actions: {},
  };

  return {
    feature,
    async localeFor(turn) {
      const personKey = personKeyOf(ctx, turn);
      const lang = personKey ? await preferred(personKey) : undefined;
      return lang ? localeOf(lang) : turn.locale;
    },
  };
}
