import { describe, expect, it } from 'vitest';
import { QUIZ_VERBS } from '../../../../src/contract/verbs.js';
import {
  quizPersonalCard,
  quizPersonalView,
} from '../../../../src/features/quiz/cards/personal.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { memberIds, question, QUIZ_ID } from '../card-inputs.js';
import { amiraPetition, samDog } from '../scenarios.js';
import { cardProblems } from '../../../cards/card-problems.js';
import {
  executeActions,
  ofType,
  textBlocks,
  textRuns,
  visibleText,
} from '../../../cards/card-walk.js';
import { amplifying, lookup, perception, policyOpinion } from '../../../cards/fixtures.js';

const TEXT = {
  en: {
    right: '✅ Right!',
    notQuite: '❌ Not quite',
    yours: 'Your answer: Potentially risky',
    guidance: 'The guidance’s answer: Potentially risky',
    refused: 'You already answered: Appropriate. Only your first answer counts.',
  },
  fr: {
    right: '✅ Bonne réponse!',
    notQuite: '❌ Pas tout à fait',
    yours: 'Votre réponse : Potentiellement risqué',
    guidance: 'La réponse selon les lignes directrices : Potentiellement risqué',
    refused: 'Vous avez déjà répondu : Approprié. Seule votre première réponse compte.',
  },
} as const;

describe.each(LANGS)('quizPersonalCard (%s)', (lang) => {
  const right = quizPersonalCard({ ...question, choice: 'risky' }, lang, lookup);
  const wrong = quizPersonalCard({ ...question, choice: 'appropriate' }, lang, lookup);

  it('renders valid cards', () => {
    expect(cardProblems(right)).toEqual([]);
    expect(cardProblems(wrong)).toEqual([]);
  });

  it('keeps the header: who started it (TextRun) and which question', () => {
    expect(textRuns(right)).toContain('Dana Tremblay');
    expect(visibleText(right)).toContain(lang === 'en' ? 'Question 2 of 3' : 'Question 2 sur 3');
  });

  it('says right or not with icon, text and colour together', () => {
    expect(ofType(right, 'TextBlock')).toContainEqual(
      expect.objectContaining({ text: TEXT[lang].right, color: 'Good' }),
    );
    expect(ofType(wrong, 'TextBlock')).toContainEqual(
      expect.objectContaining({ text: TEXT[lang].notQuite, color: 'Attention' }),
    );
  });

  it('shows their answer, the guidance’s answer and the explanation', () => {
    const blocks = textBlocks(right);
    expect(blocks).toContain(TEXT[lang].yours);
    expect(blocks).toContain(TEXT[lang].guidance);
    expect(textBlocks(wrong)).toContain(TEXT[lang].guidance);
    for (const p of amiraPetition[lang].explanation.split('\n\n')) expect(blocks).toContain(p);
  });

  it('names each reflection question with its why-text from the catalogue', () => {
    const blocks = ofType(right, 'TextBlock');
    for (const q of [policyOpinion, perception, amplifying]) {
      expect(blocks).toContainEqual(
        expect.objectContaining({ text: q[lang].title, weight: 'Bolder' }),
      );
      for (const p of q[lang].why!.split('\n\n')) expect(blocks.map((b) => b.text)).toContain(p);
    }
  });

  it('leaves the questions section out when none apply', () => {
    const view = quizPersonalView({ ...question, scenario: samDog, choice: 'risky' }, lang, lookup);
    expect(view.hasQuestions).toBe(false);
  });

  it('tells a second, different answer that only the first counts', () => {
    const refused = quizPersonalCard(
      { ...question, choice: 'appropriate', refused: true },
      lang,
      lookup,
    );
    expect(cardProblems(refused)).toEqual([]);
    expect(textBlocks(refused)[0]).toBe(TEXT[lang].refused);
  });

  it('offers results and keeps the refresh block, so reloading keeps their view', () => {
    expect(executeActions(right).map((a) => a.verb)).toContain(QUIZ_VERBS.quizResults);
    expect(right.refresh).toEqual({
      action: {
        type: 'Action.Execute',
        verb: QUIZ_VERBS.quizRefresh,
        data: { quizId: QUIZ_ID, question: 1 },
      },
      userIds: memberIds(4),
    });
    const many = quizPersonalCard(
      { ...question, choice: 'risky', memberIds: memberIds(61) },
      lang,
      lookup,
    );
    expect(many).not.toHaveProperty('refresh');
    expect(executeActions(many).map((a) => a.verb)).toContain(QUIZ_VERBS.quizRefresh);
  });

  it('shows next/close only on the starter’s own view', () => {
    const verbs = (showStarterControls: boolean) =>
      executeActions(
        quizPersonalCard({ ...question, choice: 'risky', showStarterControls }, lang, lookup),
      ).map((a) => a.verb);
    expect(verbs(true)).toEqual(
      expect.arrayContaining([QUIZ_VERBS.quizNext, QUIZ_VERBS.quizClose]),
    );
    expect(verbs(false)).not.toContain(QUIZ_VERBS.quizNext);
    expect(verbs(false)).not.toContain(QUIZ_VERBS.quizClose);
  });

  it('refuses to render a choice the scenario does not have', () => {
    expect(() => quizPersonalCard({ ...question, choice: 'maybe' }, lang, lookup)).toThrow(
      RangeError,
    );
  });
});
