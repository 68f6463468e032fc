import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../../src/contract/verbs.js';
import { didYouMeanCard } from '../../../../src/features/qa/cards/did-you-mean.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, textBlocks, textRuns, visibleText } from '../../../cards/card-walk.js';
import {
  partisanAccounts,
  pets,
  policyOpinion,
  politicalActivities,
  politicalPosts,
  sampleEntry,
} from '../../../cards/fixtures.js';

const choices = [sampleEntry, politicalPosts, partisanAccounts, politicalActivities, pets];
const INTRO = {
  en: 'I’m not sure which part of the guidance you mean. Did you mean:',
  fr: 'Je ne suis pas certain de la partie des lignes directrices dont vous parlez. Vouliez-vous dire :',
};

describe.each(LANGS)('didYouMeanCard (%s)', (lang) => {
  const card = didYouMeanCard('petition minister?', choices, lang);

  it('renders a valid card (also with a reflection question and a topic as choices)', () => {
    expect(cardProblems(card)).toEqual([]);
    expect(cardProblems(didYouMeanCard('x', [policyOpinion, politicalActivities], lang))).toEqual(
      [],
    );
  });

  it('starts with the did-you-mean sentence and never says "not found"', () => {
    expect(textBlocks(card)[0]).toBe(INTRO[lang]);
    expect(visibleText(card)).not.toMatch(/couldn['’]?t find|could not find|n['’]ai pas trouv/i);
  });

  it('echoes the question in a TextRun', () => {
    expect(textRuns(card)).toContain('petition minister?');
  });

  it('offers at most three choices as wrapped rows carrying entryId and lang', () => {
    const shown = executeActions(card).filter((a) => a.verb === QA_VERBS.showEntry);
    expect(shown.map((a) => a.data)).toEqual(
      choices.slice(0, 3).map((e) => ({ entryId: e.id, lang })),
    );
    for (const entry of choices.slice(0, 3)) expect(visibleText(card)).toContain(entry[lang].title);
  });

  it('ends with "None of these", carrying the language and the question as echoed', () => {
    const none = executeActions(card).filter((a) => a.verb === QA_VERBS.noneOfThese);
    expect(none.map((a) => a.data)).toEqual([{ lang, question: textRuns(card)[1] }]);
  });
});
