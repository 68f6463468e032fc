import { describe, expect, it } from 'vitest';
import { QA_VERBS, SCENARIO_VERBS } from '../../../../src/contract/verbs.js';
import { scenarioCard } from '../../../../src/features/scenario/cards/scenario.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { amiraPetition, leaFiles } from '../../quiz/scenarios.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, textBlocks, visibleText } from '../../../cards/card-walk.js';
import { lookup } from '../../../cards/fixtures.js';

const HEADING = { en: 'What would you do?', fr: 'Que feriez-vous?' } as const;

describe.each(LANGS)('scenarioCard (%s)', (lang) => {
  const card = scenarioCard({ scenario: amiraPetition }, lang, lookup);

  it('renders a valid card, with a fallback text for old clients', () => {
    expect(cardProblems(card)).toEqual([]);
    expect(card.fallbackText).toContain(HEADING[lang]);
  });

  it('asks "What would you do?" with the title, situation and question', () => {
    const local = amiraPetition[lang];
    expect(textBlocks(card)[0]).toBe(HEADING[lang]);
    const text = visibleText(card);
    for (const part of [local.title, local.situation, local.question, local.discussion])
      expect(text).toContain(part);
  });

  it('offers the choices as Action.Execute with scenarioId, choice id and lang', () => {
    const answers = executeActions(card).filter((a) => a.verb === SCENARIO_VERBS.scenarioAnswer);
    expect(answers.map((a) => a.data)).toEqual(
      amiraPetition.choices.map((c) => ({ scenarioId: amiraPetition.id, choice: c.id, lang })),
    );
  });

  it('links the related guidance entries that exist', () => {
    const rows = executeActions(card).filter((a) => a.verb === QA_VERBS.showEntry);
    expect(rows.map((a) => a.data)).toEqual([
      { entryId: 'ex-petitions', lang },
      { entryId: 'topic-political-activities', lang },
    ]);
  });

  it('never reveals the answer before the person chooses', () => {
    const text = visibleText(card);
    expect(text).not.toContain(amiraPetition[lang].explanation.split('\n\n')[0]);
    expect(text).not.toMatch(/✅|❌/);
  });

  it('renders a scenario without verdict too', () => {
    expect(cardProblems(scenarioCard({ scenario: leaFiles }, lang, lookup))).toEqual([]);
  });
});

describe('French translation footnote', () => {
  it('appears on French scenario cards prepared for the bot, not in English', () => {
    const note = "Traduction préparée pour l'outil; le texte officiel fait foi.";
    expect(textBlocks(scenarioCard({ scenario: amiraPetition }, 'fr', lookup))).toContain(note);
    expect(visibleText(scenarioCard({ scenario: amiraPetition }, 'en', lookup))).not.toMatch(
      /Translation prepared/,
    );
  });
});
