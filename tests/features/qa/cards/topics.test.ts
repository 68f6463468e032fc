import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../../src/contract/verbs.js';
import { topicsCard } from '../../../../src/features/qa/cards/topics.js';
import { LANGS, type Entry } from '../../../../src/guidance/types.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, visibleText } from '../../../cards/card-walk.js';
import { catalogue, pets, sampleEntry, sections } from '../../../cards/fixtures.js';

describe.each(LANGS)('topicsCard (%s)', (lang) => {
  it('without a section, lists the sections that have entries', () => {
    const card = topicsCard(catalogue, lang);
    expect(cardProblems(card)).toEqual([]);
    const rows = executeActions(card).map((a) => [a.verb, a.data]);
    // "leaders" has no entry in the fixtures: it is left out rather than leading to an empty page.
    expect(rows).toEqual(
      ['reflection', 'appropriate', 'risky', 'political'].map((sectionId) => [
        QA_VERBS.showTopics,
        { lang, sectionId },
      ]),
    );
    expect(visibleText(card)).toContain(sections[2]![lang].title);
  });

  it('with a section, lists its entries in catalogue order and a way back', () => {
    const card = topicsCard(catalogue, lang, 'risky');
    expect(cardProblems(card)).toEqual([]);
    const rows = executeActions(card).map((a) => [a.verb, a.data]);
    expect(rows).toEqual([
      [QA_VERBS.showEntry, { entryId: 'ex-petitions', lang }],
      [QA_VERBS.showEntry, { entryId: 'ex-political-posts', lang }],
      [QA_VERBS.showEntry, { entryId: 'ex-partisan-accounts', lang }],
      [QA_VERBS.showTopics, { lang, within: true }],
    ]);
    expect(visibleText(card)).toContain(`⚠️ ${sampleEntry[lang].title}`);
  });

  it('falls back to the section list for an unknown section', () => {
    expect(topicsCard(catalogue, lang, 'no-such-section')).toEqual(topicsCard(catalogue, lang));
  });

  it('stays under 28 KB for the largest section (11 entries with long titles)', () => {
    const long = (i: number): Entry => ({
      ...pets,
      id: `ex-long-${i}`,
      section: 'appropriate',
      en: {
        ...pets.en,
        title: `${'Sharing non-publicly available business information '.repeat(3)}${i}`,
      },
      fr: {
        ...pets.fr,
        title: `${'Partager des renseignements opérationnels non publics '.repeat(3)}${i}`,
      },
    });
    const big = { sections, entries: Array.from({ length: 11 }, (_, i) => long(i)) };
    const card = topicsCard(big, lang, 'appropriate');
    expect(cardProblems(card)).toEqual([]);
    expect(executeActions(card)).toHaveLength(12);
  });
});
