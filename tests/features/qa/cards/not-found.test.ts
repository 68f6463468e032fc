import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../../src/contract/verbs.js';
import { notFoundCard } from '../../../../src/features/qa/cards/not-found.js';
import { LANGS } from '../../../../src/guidance/types.js';
import { loadSupportProfile } from '../../../../src/organization/profile.js';
import { cardProblems } from '../../../cards/card-problems.js';
import { executeActions, ofType, textRuns, visibleText } from '../../../cards/card-walk.js';

const SENTENCE = {
  en: "I couldn't find that in the guidance.",
  fr: "Je n'ai pas trouvé cela dans les lignes directrices.",
};
const justice = loadSupportProfile('justice');

describe.each(LANGS)('notFoundCard (%s)', (lang) => {
  const card = notFoundCard('What is the best pizza in Ottawa?', lang);

  it('renders a valid card, with and without an organization profile', () => {
    expect(cardProblems(card)).toEqual([]);
    expect(cardProblems(notFoundCard('pizza?', lang, justice))).toEqual([]);
  });

  it('starts with a plain TextBlock holding exactly the not-found sentence', () => {
    const body = card.body as Array<Record<string, unknown>>;
    expect(body[0]).toEqual({ type: 'TextBlock', text: SENTENCE[lang], wrap: true });
  });

  it('then echoes the question in a TextRun', () => {
    expect((card.body as Array<Record<string, unknown>>)[1]?.type).toBe('RichTextBlock');
    expect(textRuns(card)).toContain('What is the best pizza in Ottawa?');
  });

  it('never shows a "Why this is important" section', () => {
    expect(visibleText(notFoundCard('pizza?', lang, justice))).not.toMatch(
      /why this is important|pourquoi est-ce important/i,
    );
  });

  it('lists the main contacts inline and offers topics and support', () => {
    expect(visibleText(card)).toMatch(
      lang === 'en' ? /values and ethics office/ : /bureau des valeurs et de l'éthique/,
    );
    const actions = executeActions(card);
    expect(actions.map((a) => [a.verb, a.data])).toEqual([
      [QA_VERBS.showTopics, { lang }],
      [QA_VERBS.showSupport, { lang }],
    ]);
  });

  it('adds the organization’s own contacts when a profile is configured', () => {
    const text = visibleText(notFoundCard('pizza?', lang, justice));
    expect(text).toContain('Pamela Richmire');
    expect(text).toContain('613-946-3816');
    expect(text).toContain(
      lang === 'en' ? 'Department of Justice Canada' : 'Ministère de la Justice Canada',
    );
    expect(visibleText(card)).not.toContain('Pamela Richmire');
  });

  it('keeps a long question short enough for the 28 KB limit', () => {
    const long = notFoundCard('why '.repeat(20_000), lang, justice);
    expect(cardProblems(long)).toEqual([]);
    expect(ofType(long, 'TextRun')[1]?.text).toMatch(/…$/);
  });
});
