import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../../src/contract/verbs.js';
import { welcomeCard } from '../../../../src/features/qa/cards/welcome.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, visibleText } from '../../../cards/card-walk.js';

const EXPECTED = {
  en: {
    commands: ['topics', 'support', 'help', 'language fr'],
    privacy: 'Your questions are not stored with your name.',
  },
  fr: {
    commands: ['sujets', 'soutien', 'aide', 'langue en'],
    privacy: 'Vos questions ne sont pas conservées avec votre nom.',
  },
} as const;

describe.each(LANGS)('welcomeCard (%s)', (lang) => {
  const card = welcomeCard(lang);

  it('renders a valid card', () => {
    expect(cardProblems(card)).toEqual([]);
  });

  it('lists the commands and the privacy line', () => {
    const text = visibleText(card);
    for (const command of EXPECTED[lang].commands) expect(text).toContain(command);
    expect(text).toContain(EXPECTED[lang].privacy);
  });

  it('gives example questions as plain text, and only two buttons: topics and support', () => {
    expect(visibleText(card).match(/^- .+\?$/gm)).toHaveLength(4);
    expect(executeActions(card).map((a) => [a.verb, a.data])).toEqual([
      [QA_VERBS.showTopics, { lang }],
      [QA_VERBS.showSupport, { lang }],
    ]);
  });
});
