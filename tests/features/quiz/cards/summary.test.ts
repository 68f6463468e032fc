import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../../src/contract/verbs.js';
import { quizSummaryCard } from '../../../../src/features/quiz/cards/summary.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { question, summary } from '../card-inputs.js';
import { amiraPetition, omarLike, samDog } from '../scenarios.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, ofType, textBlocks, visibleText } from '../../../cards/card-walk.js';
import { lookup } from '../../../cards/fixtures.js';

const TEXT = {
  en: {
    participants: '8 participants',
    lines: [
      'Question 1: Sam’s dog',
      '8 answered, 100% chose the guidance’s answer',
      'Question 2: Amira’s petition',
      '7 answered, 71% chose the guidance’s answer',
      'Question 3: Omar’s like',
      'No answers',
    ],
  },
  fr: {
    participants: '8 participants',
    lines: [
      'Question 1 : Le chien de Sam',
      '8 réponses, 100\u202f% ont choisi la réponse des lignes directrices',
      'Question 2 : La pétition d’Amira',
      '7 réponses, 71\u202f% ont choisi la réponse des lignes directrices',
      'Question 3 : La mention « J’aime » d’Omar',
      'Aucune réponse',
    ],
  },
} as const;

describe.each(LANGS)('quizSummaryCard (%s)', (lang) => {
  const card = quizSummaryCard(summary, lang, lookup);

  it('renders a valid card', () => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('gives per question the answered count and the share right, and the participants', () => {
    const blocks = textBlocks(card);
    expect(blocks).toContain(TEXT[lang].participants);
    for (const line of TEXT[lang].lines) expect(blocks).toContain(line);
  });

  it('lists the discussion prompts of the questions asked', () => {
    const text = visibleText(card);
    for (const s of [samDog, amiraPetition, omarLike]) expect(text).toContain(s[lang].discussion);
  });

  it('links the related guidance with entry.show rows carrying entryId and lang only', () => {
    const rows = executeActions(card).filter((a) => a.verb === QA_VERBS.showEntry);
    // Each scenario's main entry first; ids missing from the catalogue are skipped.
    expect(rows.map((a) => a.data)).toEqual(
      [
        'ex-pets-vacation-family',
        'ex-petitions',
        'ex-partisan-accounts',
        'topic-political-activities',
        'ex-political-posts',
      ].map((entryId) => ({ entryId, lang })),
    );
  });

  it('holds no names', () => {
    expect(JSON.stringify(card)).not.toContain(question.starterName);
    expect(ofType(card, 'TextRun')).toEqual([]);
  });

  it('says "1 participant" in the singular', () => {
    const one = quizSummaryCard({ ...summary, participants: 1 }, lang, lookup);
    expect(textBlocks(one)).toContain('1 participant');
  });
});
