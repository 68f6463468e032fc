// Across every card: actions are Universal Actions with a known verb (or the one toggle that unfolds
// an answer's details), and their data carries ids and flags only (entryId, lang, sectionId,
// helpful, reason), never display text; the one exception is the asker's own question, carried back
// by "None of these" so the not-found card can show it.
import { describe, expect, it } from 'vitest';
import { isVerb, QA_VERBS } from '../../src/contract/verbs.js';
import { answerCard } from '../../src/features/qa/cards/answer.js';
import { didYouMeanCard } from '../../src/features/qa/cards/did-you-mean.js';
import { notFoundCard } from '../../src/features/qa/cards/not-found.js';
import { supportCard } from '../../src/features/support/support-card.js';
import { topicsCard } from '../../src/features/qa/cards/topics.js';
import { welcomeCard } from '../../src/features/qa/cards/welcome.js';
import { LANGS, type Lang } from '../../src/guidance/types.js';
import { loadSupportProfile } from '../../src/organization/profile.js';
import { executeActions, nodes } from './card-walk.js';
import { catalogue, entries, lookup, sampleEntry, sections } from './fixtures.js';

const justice = loadSupportProfile('justice');
const allCards = (lang: Lang) => [
  ...entries.map((e) => answerCard(e, lookup, lang)),
  ...entries.map((e) => answerCard(e, lookup, lang, { feedback: 'why-not' })),
  didYouMeanCard('q', entries.slice(0, 3), lang),
  notFoundCard('q', lang, justice),
  supportCard(lang, justice),
  welcomeCard(lang),
  topicsCard(catalogue, lang),
  ...sections.map((s) => topicsCard(catalogue, lang, s.id)),
];
const ALLOWED_KEYS = ['entryId', 'lang', 'sectionId', 'within', 'helpful', 'reason', 'audience'];
const ids = new Set(entries.map((e) => e.id));

describe.each(LANGS)('actions (%s)', (lang) => {
  it('are Action.Execute only, with a known verb and id-only data', () => {
    for (const card of allCards(lang)) {
      const kinds = nodes(card)
        .filter((n) => String(n.type).startsWith('Action.'))
        .map((n) => n.type);
      expect(['Action.Execute', 'Action.ToggleVisibility']).toEqual(
        expect.arrayContaining([...new Set(kinds)]),
      );
      for (const { verb, data } of executeActions(card)) {
        if (verb === QA_VERBS.noneOfThese) {
          expect(data).toEqual({ lang, question: 'q' });
          continue;
        }
        expect(isVerb(verb), verb).toBe(true);
        expect(data.lang).toBe(lang);
        for (const key of Object.keys(data)) expect(ALLOWED_KEYS).toContain(key);
        if ('entryId' in data) expect(ids.has(String(data.entryId))).toBe(true);
        if ('helpful' in data) expect(typeof data.helpful).toBe('boolean');
      }
    }
  });

  it('never carry an entry title or any other display text', () => {
    const titles = entries.map((e) => e[lang].title);
    const card = answerCard(sampleEntry, lookup, lang);
    for (const { data } of executeActions(card))
      for (const title of titles) expect(Object.values(data)).not.toContain(title);
  });
});
