import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../../src/contract/verbs.js';
import { answerCard, answerView } from '../../../../src/features/qa/cards/answer.js';
import { LANGS, type Entry } from '../../../../src/guidance/types.js';
import { loadCatalogue } from '../../../../src/guidance/load.js';
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
  it.each(SHAPES)('renders a valid card for a %s at every feedback step', (_, entry) => {
    for (const feedback of ['ask', 'why-not', 'thanks'] as const)
      expect(cardProblems(answerCard(entry, lookup, lang, { feedback }))).toEqual([]);
  });

  it('puts the entry title first, as a bold, wrapped heading', () => {
    const [title] = ofType(answerCard(sampleEntry, lookup, lang), 'TextBlock');
    expect(title).toMatchObject({
      text: sampleEntry[lang].title,
      style: 'heading',
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

  it('after "No", asks what was missing with anonymous choices carrying only ids', () => {
    const card = answerCard(sampleEntry, lookup, lang, { feedback: 'why-not' });
    expect(executeActions(card).some((a) => a.verb === QA_VERBS.feedback)).toBe(false);
    const reasons = executeActions(card).filter((a) => a.verb === QA_VERBS.feedbackReason);
    expect(reasons.map((a) => a.data)).toEqual(
      ['wrong-topic', 'too-long', 'unclear', 'not-my-situation'].map((reason) => ({
        entryId: 'ex-petitions',
        lang,
        reason,
      })),
    );
    expect(ofType(card, 'Input.Text')).toEqual([]);
  });

  it('replaces the feedback buttons with a thank-you line once feedback is given', () => {
    const card = answerCard(sampleEntry, lookup, lang, { feedback: 'thanks' });
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
    ['en', sampleEntry, '⚠️ Potentially risky', 'warning'],
    ['fr', sampleEntry, '⚠️ Potentiellement risqué', 'warning'],
    ['en', pets, '✅ Appropriate', 'good'],
    ['fr', pets, '✅ Approprié', 'good'],
  ] as const)(
    '%s: icon and word in the default text colour on the verdict’s container style',
    (lang, entry, text, style) => {
      const row = ofType(answerCard(entry, lookup, lang), 'Container').find(
        (c) => c.style === style,
      );
      const [block] = ofType(row, 'TextBlock');
      expect(block).toMatchObject({ text, weight: 'Bolder' });
      // Coloured text on the coloured container was unreadable (yellow on amber, ~1.2:1).
      expect(block).not.toHaveProperty('color');
    },
  );

  it('renders "Inappropriate" with the stop icon and the Attention colour', () => {
    const inappropriate: Entry = { ...pets, id: 'ex-x', verdict: 'inappropriate' };
    expect(answerView(inappropriate, lookup, 'en').verdict).toEqual({
      icon: '⛔',
      label: 'Inappropriate',
      style: 'attention',
    });
    expect(answerView(inappropriate, lookup, 'fr').verdict?.label).toBe('Inapproprié');
  });

  it('is absent for topics and reflection questions', () => {
    expect(answerView(politicalActivities, lookup, 'en').hasVerdict).toBe(false);
    expect(answerView(policyOpinion, lookup, 'en').hasVerdict).toBe(false);
  });
});

describe('answer first, details one click away', () => {
  const details = (entry: Entry, lang: 'en' | 'fr' = 'en') =>
    ofType(answerCard(entry, lookup, lang), 'Container').find((c) => c.id === 'details');

  it('names the reflection questions on one "Ask yourself" line and folds their why-texts', () => {
    const view = answerView(sampleEntry, lookup, 'en');
    const titles = [policyOpinion, perception, amplifying].map((q) => q.en.title);
    expect(view.questions.map((q) => q.title)).toEqual(titles);
    expect(view.askLine).toBe(`**Ask yourself:** ${titles.join(' · ')}`);
    const folded = details(sampleEntry)!;
    expect(folded.isVisible).toBe(false);
    expect(textBlocks(folded)).toContain(amplifying.en.why?.split('\n\n')[1]);
    expect(ofType(folded, 'TextBlock')).toContainEqual(
      expect.objectContaining({ text: amplifying.en.title, weight: 'Bolder' }),
    );
  });

  it('unfolds everything with one toggle', () => {
    const [toggle, ...others] = ofType(
      answerCard(sampleEntry, lookup, 'fr'),
      'Action.ToggleVisibility',
    );
    expect(others).toEqual([]);
    expect(toggle).toMatchObject({
      title: "Texte complet et pourquoi c'est important",
      targetElements: ['details', 'moreRelated'],
    });
  });

  it('leads an example with its list heading and condition, folding the list intro', () => {
    const real = loadCatalogue();
    const cat = real.byId.get('ex-pets-vacation-family')!;
    const view = answerView(cat, (id) => real.byId.get(id), 'en');
    const [intro, heading, bullet] = cat.en.text.split('\n\n');
    // The title says the bullet word for word: the bullet waits in the details.
    expect(bullet!.toLowerCase()).toBe(`- ${cat.en.title.toLowerCase()}`);
    expect(view.lead.map((p) => p.text)).toEqual([heading]);
    expect(view.more.map((p) => p.text)).toEqual([intro, bullet]);
    expect(heading).toContain('always only if the content does not call into question');
  });

  it('keeps the bullet in the first view when the title is shorter than it', () => {
    const real = loadCatalogue();
    const cat = real.byId.get('ex-trusted-content')!;
    const [intro, heading, bullet] = cat.fr.text.split('\n\n');
    const view = answerView(cat, (id) => real.byId.get(id), 'fr');
    expect(view.lead.map((p) => p.text)).toEqual([heading, bullet]);
    expect(view.more.map((p) => p.text)).toEqual([intro]);
  });

  it('keeps every word of the guidance text, first view and details together', () => {
    for (const [, entry] of SHAPES)
      for (const lang of LANGS) {
        const blocks = textBlocks(answerCard(entry, lookup, lang));
        for (const p of entry[lang].text.split('\n\n'))
          if (p !== entry[lang].title) expect(blocks).toContain(p);
      }
  });

  it('answers a reflection question with its why-text, under "Why this is important"', () => {
    const view = answerView(policyOpinion, lookup, 'en');
    expect(view.hasLeadHeading).toBe(true);
    expect(view.questions).toEqual([]);
    expect([...view.lead, ...view.more].map((p) => p.text)).toEqual(
      policyOpinion.en.why?.split('\n\n'),
    );
    expect(textBlocks(answerCard(policyOpinion, lookup, 'fr'))).toContain(
      "Pourquoi c'est important",
    );
  });

  it('has no toggle when nothing is folded', () => {
    const short: Entry = { ...politicalActivities, questions: [] };
    expect(ofType(answerCard(short, lookup, 'en'), 'Action.ToggleVisibility')).toEqual([]);
  });

  it('shows two related entries at once and unfolds the others with the details', () => {
    const many = {
      ...sampleEntry,
      related: [pets.id, politicalActivities.id, 'ex-political-posts'],
    };
    const view = answerView(many, lookup, 'en');
    expect(view.related.map((r) => r.entryId)).toEqual([pets.id, politicalActivities.id]);
    expect(view.moreRelated.map((r) => r.entryId)).toEqual(['ex-political-posts']);
    const hidden = ofType(answerCard(many, lookup, 'en'), 'Container').find(
      (c) => c.id === 'moreRelated',
    );
    expect(hidden?.isVisible).toBe(false);
  });

  it('never lists under Related what the card already shows', () => {
    const related = answerView(
      { ...sampleEntry, related: [sampleEntry.id, amplifying.id, 'topic-support', 'ex-pets'] },
      lookup,
      'en',
    ).related;
    expect(related.map((r) => r.entryId)).not.toContain(sampleEntry.id);
    expect(related.map((r) => r.entryId)).not.toContain(amplifying.id);
    expect(related.map((r) => r.entryId)).not.toContain('topic-support');
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
