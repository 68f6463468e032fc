// "Search the guidance": the bot's search as the Teams host calls it (no Teams SDK here).
import { describe, expect, it } from 'vitest';
import { createBot } from '../../../src/features/bot.js';
import type { Conversations } from '../../../src/conversations/conversations.js';
import type { Bot, SearchResult, SearchTurn } from '../../../src/contract/activities.js';
import { createQa } from '../../../src/features/qa/qa.js';
import { memoryFeedback } from '../../../src/features/qa/feedback.js';
import { MAX_SEARCH_LENGTH } from '../../../src/features/qa/search.js';
import { loadCatalogue } from '../../../src/guidance/load.js';
import { createMatcher } from '../../../src/matching/matcher.js';
import { cardProblems } from '../../cards/card-problems.js';
import { cardTexts } from '../../helpers/card-query.js';

const catalogue = loadCatalogue();
const qa = createQa({
  catalogue,
  matcher: createMatcher(catalogue),
  feedback: memoryFeedback(),
});
const turn = (query: string, locale = 'en-US', extra: Partial<SearchTurn> = {}): SearchTurn => ({
  conversation: 'personal',
  locale,
  query,
  ...extra,
});
const search = (t: SearchTurn): Promise<SearchResult> => {
  if (!qa.search) throw new Error('the Q&A bot has no search');
  return qa.search(t);
};

describe('Bot.search', () => {
  it('lists the petitions example first, with its verdict and icon, and its answer card', async () => {
    const { lang, items, message } = await search(turn('petition'));
    expect(lang).toBe('en');
    expect(message).toBeUndefined();
    const [first] = items;
    expect(first).toMatchObject({
      entryId: 'ex-petitions',
      title:
        'Creating, signing or sharing a petition in protest of the Government of Canada, policy area, or minister',
      subtitle: '⚠️ Potentially risky',
    });
    expect(cardProblems(first!.card)).toEqual([]);
    expect(cardTexts(first!.card).join('\n')).toMatch(/petition in protest of the Government/);
  });

  it('gives the section title when the entry has no verdict', async () => {
    const { items } = await search(turn('candidate'));
    expect(items[0]).toMatchObject({
      entryId: 'topic-candidacy',
      subtitle: 'Political activities',
    });
    for (const item of items) expect(item.subtitle).not.toBe('');
  });

  it('answers in French for a French locale, titles, verdicts and cards alike', async () => {
    const { lang, items } = await search(turn('pétition', 'fr-CA'));
    expect(lang).toBe('fr');
    expect(items[0]).toMatchObject({
      entryId: 'ex-petitions',
      title:
        'Créer, signer ou partager une pétition pour protester contre le gouvernement du Canada, un secteur de politique ou un ministre',
      subtitle: '⚠️ Potentiellement risqué',
    });
    const shown = cardTexts(items[0]!.card).join('\n');
    expect(shown).toMatch(/Pourquoi c'est important/);
    expect(shown).not.toMatch(/Why this is important/);
  });

  it('lists several entries for a broad French word, every card valid', async () => {
    const { items } = await search(turn('critiquer', 'fr-CA'));
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(items.map((i) => i.entryId)).toContain('ex-criticizing-organization');
    for (const item of items) expect(cardProblems(item.card)).toEqual([]);
  });

  it('gives the same card as a question in chat', async () => {
    const [reply] = await qa.onMessage({
      conversation: 'personal',
      locale: 'en-US',
      text: 'petition',
    });
    const { items } = await search(turn('petition'));
    expect(items[0]!.card).toEqual(reply!.card);
  });

  it('asks the user to type when nothing was typed yet (initial run), in their language', async () => {
    const en = await search(turn('   '));
    expect(en.items).toEqual([]);
    expect(en.message).toMatch(/Type a word/);
    const fr = await search(turn('', 'fr-CA'));
    expect(fr.message).toMatch(/Tapez un mot/);
  });

  it('says plainly when nothing matches, but not on a later page', async () => {
    const none = await search(turn('the printer is jammed'));
    expect(none).toEqual({
      lang: 'en',
      items: [],
      message: "I couldn't find that in the guidance.",
    });
    expect((await search(turn('asdfgh', 'fr-CA'))).message).toBe(
      "Je n'ai pas trouvé cela dans les lignes directrices.",
    );
    const endOfList = await search(turn('petition', 'en-US', { skip: 20 }));
    expect(endOfList.items).toEqual([]);
    expect(endOfList.message).toBeUndefined();
  });

  it('pages with skip and count', async () => {
    const all = (await search(turn('criticize', 'en-US', { count: 25 }))).items.map(
      (i) => i.entryId,
    );
    expect(all.length).toBeGreaterThan(3);
    const page = await search(turn('criticize', 'en-US', { skip: 1, count: 2 }));
    expect(page.items.map((i) => i.entryId)).toEqual(all.slice(1, 3));
  });

  it(`matches only the first ${MAX_SEARCH_LENGTH} characters`, async () => {
    const long = `${'x'.repeat(MAX_SEARCH_LENGTH)} petition`;
    expect((await search(turn(long))).items).toEqual([]);
    const { items } = await search(turn(`petition ${'word '.repeat(500)}`));
    expect(Array.isArray(items)).toBe(true);
  });
});

describe('the whole bot forwards search', () => {
  const conversations = {
    keyOf: () => undefined,
    remember: () => Promise.resolve(false),
    get: () => Promise.resolve(undefined),
    forget: () => Promise.resolve(),
  } satisfies Conversations;
  const parts = { features: [], conversations, forget: () => Promise.resolve() };

  it('to the Q&A', async () => {
    const bot = createBot({ ...parts, qa });
    const result = await bot.search?.(turn('petition'));
    expect(result?.items[0]?.entryId).toBe('ex-petitions');
  });

  it('and has no search when the Q&A has none', () => {
    const withoutSearch: Bot = {
      onMessage: (t) => qa.onMessage(t),
      onAction: (t) => qa.onAction(t),
      onInstalled: (t) => qa.onInstalled(t),
      onUninstalled: (t) => qa.onUninstalled(t),
    };
    expect('search' in createBot({ ...parts, qa: withoutSearch })).toBe(false);
  });
});
