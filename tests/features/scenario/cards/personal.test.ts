import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../../src/contract/verbs.js';
import { hasChoice } from '../../../../src/features/scenario/cards/parts.js';
import {
  scenarioPersonalCard,
  scenarioPersonalView,
} from '../../../../src/features/scenario/cards/personal.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { amiraPetition, leaFiles } from '../../quiz/scenarios.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, ofType, textBlocks, visibleText } from '../../../cards/card-walk.js';
import { amplifying, lookup, perception, policyOpinion } from '../../../cards/fixtures.js';

const TEXT = {
  en: {
    yours: 'Your answer: Appropriate',
    guidance: 'The guidance’s answer: Potentially risky',
    notQuite: '❌ Not quite',
    right: '✅ Right!',
    verdict: '⚠️ Potentially risky',
  },
  fr: {
    yours: 'Votre réponse : Approprié',
    guidance: 'La réponse selon les lignes directrices : Potentiellement risqué',
    notQuite: '❌ Pas tout à fait',
    right: '✅ Bonne réponse!',
    verdict: '⚠️ Potentiellement risqué',
  },
} as const;

describe.each(LANGS)('scenarioPersonalCard (%s)', (lang) => {
  const card = scenarioPersonalCard(
    { scenario: amiraPetition, choice: 'appropriate' },
    lang,
    lookup,
  );

  it('renders a valid card', () => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('shows their choice, right or not, and the guidance’s answer', () => {
    const blocks = textBlocks(card);
    expect(blocks).toContain(TEXT[lang].yours);
    expect(blocks).toContain(TEXT[lang].guidance);
    expect(ofType(card, 'TextBlock')).toContainEqual(
      expect.objectContaining({ text: TEXT[lang].notQuite, color: 'Attention' }),
    );
    const right = scenarioPersonalCard({ scenario: amiraPetition, choice: 'risky' }, lang, lookup);
    expect(ofType(right, 'TextBlock')).toContainEqual(
      expect.objectContaining({ text: TEXT[lang].right, color: 'Good' }),
    );
  });

  it('shows the verdict with icon and text on its container colour when the scenario has one', () => {
    const row = ofType(card, 'Container').find((c) => c.style === 'warning');
    const block = ofType(row, 'TextBlock').find((b) => b.text === TEXT[lang].verdict);
    expect(block).toBeDefined();
    // Default text colour: coloured text on the coloured container was unreadable.
    expect(block).not.toHaveProperty('color');
    const none = scenarioPersonalView({ scenario: leaFiles, choice: 'risky' }, lang, lookup);
    expect(none.hasVerdict).toBe(false);
    expect(
      cardProblems(scenarioPersonalCard({ scenario: leaFiles, choice: 'risky' }, lang, lookup)),
    ).toEqual([]);
  });

  it('explains, with the reflection questions and their why-texts, and the discussion prompt', () => {
    const text = visibleText(card);
    for (const p of amiraPetition[lang].explanation.split('\n\n')) expect(text).toContain(p);
    for (const q of [policyOpinion, perception, amplifying]) {
      expect(text).toContain(q[lang].title);
      expect(text).toContain(q[lang].why!.split('\n\n')[0]);
    }
    expect(text).toContain(amiraPetition[lang].discussion);
  });

  it('links the related guidance', () => {
    expect(
      executeActions(card)
        .filter((a) => a.verb === QA_VERBS.showEntry)
        .map((a) => a.data),
    ).toEqual([
      { entryId: 'ex-petitions', lang },
      { entryId: 'topic-political-activities', lang },
    ]);
  });
});

describe('hasChoice', () => {
  it('tells the host which choice ids a scenario accepts', () => {
    expect(hasChoice(amiraPetition, 'risky')).toBe(true);
    expect(hasChoice(amiraPetition, 'Potentially risky')).toBe(false);
  });
});
