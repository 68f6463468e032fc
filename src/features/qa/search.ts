// "Search the guidance" (compose-box message extension): a query in, catalogue entries out, each
// with a one-line preview and the answer card that is inserted when the user picks it. Same
// matcher and same answer card as a question in chat, in the query's language.
import { answerCard } from './cards/answer.js';
import { VERDICT_ICONS } from '../../cards/rows.js';
import { STRINGS } from '../../i18n/strings.js';
import type { Catalogue, Entry, Lang } from '../../guidance/types.js';
import { langOfLocale } from '../../i18n/lang.js';
import type { Matcher } from '../../matching/matcher.js';
import { searchEntries } from '../../matching/search.js';
import type { CardJson, SearchItem, SearchResult, SearchTurn } from '../../contract/activities.js';

export interface SearchDeps {
  readonly catalogue: Catalogue;
  readonly matcher: Matcher;
}

/** Longer queries are cut before matching: a search is a few words, and it bounds work. */
export const MAX_SEARCH_LENGTH = 200;

/** Results per page when Teams does not say. */
export const DEFAULT_SEARCH_COUNT = 10;

const SEARCH_STRINGS: Readonly<Record<Lang, { readonly typeToSearch: string }>> = {
  en: {
    typeToSearch:
      'Type a word or a question to search the guidance, for example “petition” or “run for office”.',
  },
  fr: {
    typeToSearch:
      'Tapez un mot ou une question pour chercher dans les lignes directrices, par exemple « pétition » ou « me présenter aux élections ».',
  },
};

/** The preview's second line: the verdict with its icon for examples, else the section's title. */
function subtitleOf(entry: Entry, catalogue: Catalogue, lang: Lang): string {
  if (entry.verdict)
    return `${VERDICT_ICONS[entry.verdict]} ${STRINGS[lang].answer.verdicts[entry.verdict]}`;
  return catalogue.sections.find((s) => s.id === entry.section)?.[lang].title ?? '';
}

export function createSearch(deps: SearchDeps): (turn: SearchTurn) => Promise<SearchResult> {
  const { catalogue, matcher } = deps;
  const lookup = (id: string) => catalogue.byId.get(id);
  // Rendering an answer card takes tens of milliseconds and a list holds up to 25 of them, while
  // Teams waits at most 5 s for the whole list. The card of an entry never changes (it is the
  // card before any feedback), so each is rendered once per language: at most 2 × the catalogue.
  const cards = new Map<string, CardJson>();
  const cardOf = (entry: Entry, lang: Lang): CardJson => {
    const key = `${lang}:${entry.id}`;
    let card = cards.get(key);
    if (!card) cards.set(key, (card = answerCard(entry, lookup, lang)));
    return card;
  };
  return (turn) => {
    const query = turn.query.slice(0, MAX_SEARCH_LENGTH).trim();
    if (!query) {
      const lang = langOfLocale(turn.locale);
      return Promise.resolve({ lang, items: [], message: SEARCH_STRINGS[lang].typeToSearch });
    }
    const skip = turn.skip ?? 0;
    const { lang, hits } = searchEntries(
      matcher,
      query,
      turn.locale,
      turn.count ?? DEFAULT_SEARCH_COUNT,
      { skip },
    );
    const items: SearchItem[] = hits.map(({ entry }) => ({
      entryId: entry.id,
      title: entry[lang].title,
      subtitle: subtitleOf(entry, catalogue, lang),
      card: cardOf(entry, lang),
    }));
    // A later page that is empty is the end of the list, not "nothing found".
    if (items.length > 0 || skip > 0) return Promise.resolve({ lang, items });
    return Promise.resolve({ lang, items, message: STRINGS[lang].notFound.sentence });
  };
}
