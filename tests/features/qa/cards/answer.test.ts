import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../../src/contract/verbs.js';
import { answerCard, answerView } from '../../../../src/features/qa/cards/answer.js';
import { LANGS, type Entry } from '../../../../src/guidance/types.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, ofType, textBlocks, visibleText } from '../../../cards/card-walk.js';
import {
  amplifying,
  lookup,
  perception,
  pets,
  policyOpinion,
  politicalActivities,
  sampleEntry,
} from '../../../cards/fixtures.js';

const SHAPES: ReadonlyArray<[string, Entry]> = [
  ['example (catalogue sample)', sampleEntry],
  ['reflection question', policyOpinion],
  ['topic', politicalActivities],
  ['appropriate example without questions', pets],
];

describe.each(LANGS)('answerCard (%s)', (lang) => {
  it.each(SHAPES)('renders a valid card for a %s, with and without feedback', (_, entry) => {
    expect(cardProblems(answerCard(entry, lookup, lang))).toEqual([]);
    expect(cardProblems(answerCard(entry, lookup, lang, { feedbackGiven: true }))).toEqual([]);
  });

  it('puts the entry title first, large, bold and wrapped', () => {
    const [title] = ofType(answerCard(sampleEntry, lookup, lang), 'TextBlock');
    expect(title).toMatchObject({
      text: sampleEntry[lang].title,
      size: 'Large',
      weight: 'Bolder',
      wrap: true,
    });
  });

  it('shows one TextBlock per paragraph of the guidance text, bullets kept', () => {
    const blocks = textBlocks(answerCard(sampleEntry, lookup, lang));
    const paragraphs = sampleEntry[lang].text.split('\n\n');
    for (const p of paragraphs) expect(blocks).toContain(p);
    expect(blocks.some((b) => b.startsWith('- '))).toBe(true);
  });

  it('offers related entries as rows carrying only entryId and lang', () => {
    const rows = executeActions(answerCard(politicalActivities, lookup, lang)).filter(
      (a) => a.verb === QA_VERBS.showEntry,
    );
    // "missing-id" in related is skipped rather than breaking the card.
    expect(rows.map((a) => a.data)).toEqual([
      { entryId: 'ex-petitions', lang },
      { entryId: 'ex-political-posts', lang },
    ]);
  });

  it('offers support and feedback actions with ids, not display text', () => {
    const actions = executeActions(answerCard(sampleEntry, lookup, lang));
    expect(actions.find((a) => a.verb === QA_VERBS.showSupport)?.data).toEqual({
      lang,
      audience: 'employees',
    });
    const feedback = actions.filter((a) => a.verb === QA_VERBS.feedback).map((a) => a.data);
    expect(feedback).toEqual([
      { entryId: 'ex-petitions', lang, helpful: true },
      { entryId: 'ex-petitions', lang, helpful: false },
    ]);
  });

  it('replaces the feedback buttons with a thank-you line once feedback is given', () => {
    const card = answerCard(sampleEntry, lookup, lang, { feedbackGiven: true });
    expect(executeActions(card).some((a) => a.verb === QA_VERBS.feedback)).toBe(false);
    expect(textBlocks(card)).toContain(
      lang === 'en' ? 'Thank you for your feedback.' : 'Merci de votre rétroaction.',
    );
  });

  it('never reads as a not-found answer', () => {
    for (const [, entry] of SHAPES)
      expect(visibleText(answerCard(entry, lookup, lang))).not.toMatch(
        /couldn['’]?t find|n['’]ai pas trouv/i,
      );
  });
});

describe('verdict row', () => {
  it.each([
    ['en', sampleEntry, '⚠️ Potentially risky', 'Warning'],
    ['fr', sampleEntry, '⚠️ Potentiellement risqué', 'Warning'],
    ['en', pets, '✅ Appropriate', 'Good'],
    ['fr', pets, '✅ Approprié', 'Good'],
  ] as const)('%s: shows text, icon and colour together', (lang, entry, text, color) => {
    const blocks = ofType(answerCard(entry, lookup, lang), 'TextBlock');
    expect(blocks).toContainEqual(expect.objectContaining({ text, color }));
  });

  it('renders "Inappropriate" with the stop icon and the Attention colour', () => {
    const inappropriate: Entry = { ...pets, id: 'ex-x', verdict: 'inappropriate' };
    expect(answerView(inappropriate, lookup, 'en').verdict).toEqual({
      icon: '⛔',
      label: 'Inappropriate',
      color: 'Attention',
      style: 'attention',
    });
    expect(answerView(inappropriate, lookup, 'fr').verdict?.label).toBe('Inapproprié');
  });

  it('is absent for topics and reflection questions', () => {
    expect(answerView(politicalActivities, lookup, 'en').hasVerdict).toBe(false);
    expect(answerView(policyOpinion, lookup, 'en').hasVerdict).toBe(false);
  });
});

describe('"Why this is important" section', () => {
  it('lists each applicable reflection question (bold title, then its why-text) for an example', () => {
    const view = answerView(sampleEntry, lookup, 'en');
    expect(view.questions.map((q) => q.title)).toEqual(
      [policyOpinion, perception, amplifying].map((q) => q.en.title),
    );
    const blocks = ofType(answerCard(sampleEntry, lookup, 'en'), 'TextBlock');
    expect(blocks).toContainEqual(
      expect.objectContaining({ text: amplifying.en.title, weight: 'Bolder' }),
    );
    expect(blocks.map((b) => b.text)).toContain(amplifying.en.why?.split('\n\n')[1]);
  });

  it('shows a reflection question its own why-text, without repeating the title as body', () => {
    const view = answerView(policyOpinion, lookup, 'en');
    expect(view.paragraphs).toEqual([]);
    expect(view.questions).toEqual([]);
    expect(view.whyParagraphs.map((p) => p.text)).toEqual(policyOpinion.en.why?.split('\n\n'));
  });

  it('is titled "Why this is important" in English and "Pourquoi c\'est important" in French', () => {
    expect(textBlocks(answerCard(politicalActivities, lookup, 'en'))).toContain(
      'Why this is important',
    );
    expect(textBlocks(answerCard(politicalActivities, lookup, 'fr'))).toContain(
      "Pourquoi c'est important",
    );
    expect(textBlocks(answerCard(policyOpinion, lookup, 'fr'))).toContain(
      "Pourquoi c'est important",
    );
  });

  it('is left out when no question applies', () => {
    expect(visibleText(answerCard(pets, lookup, 'en'))).not.toMatch(/why this is important/i);
  });
});

describe('French translation footnote', () => {
  const NOTE = "Traduction préparée pour l'outil; le texte officiel fait foi.";

  it('appears on French cards whose text is a bot translation', () => {
    expect(textBlocks(answerCard(sampleEntry, lookup, 'fr'))).toContain(NOTE);
    expect(textBlocks(answerCard(politicalActivities, lookup, 'fr'))).toContain(NOTE);
  });

  it('does not appear in English or on official French text', () => {
    expect(answerView(sampleEntry, lookup, 'en').showTranslationNote).toBe(false);
    expect(textBlocks(answerCard(pets, lookup, 'fr'))).not.toContain(NOTE);
  });
});
