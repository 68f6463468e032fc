// A user's question is data, never template: it is echoed only inside a TextRun (no markdown), and
// template syntax typed by the user is shown, not expanded.
import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../src/contract/verbs.js';
import { didYouMeanCard } from '../../src/features/qa/cards/did-you-mean.js';
import { notFoundCard } from '../../src/features/qa/cards/not-found.js';
import {
  echoQuestion,
  MAX_ECHO_LENGTH,
  neutralizeTemplateSyntax,
} from '../../src/cards/user-text.js';
import { LANGS } from '../../src/guidance/types.js';
import type { CardJson } from '../../src/contract/activities.js';
import { cardProblems } from './card-problems.js';
import { executeActions, nodes, textRuns } from './card-walk.js';
import { HOSTILE_QUESTION, politicalPosts, sampleEntry } from './fixtures.js';

/** What the user sees: "${" survives with an invisible word joiner between "$" and "{". */
const SHOWN = HOSTILE_QUESTION.replace('${', '$\u2060{');

const echoing: ReadonlyArray<[string, (q: string, lang: 'en' | 'fr') => CardJson]> = [
  ['did-you-mean', (q, lang) => didYouMeanCard(q, [sampleEntry, politicalPosts], lang)],
  ['not-found', (q, lang) => notFoundCard(q, lang)],
];

describe.each(echoing)('%s card with a hostile question', (_, make) => {
  it.each(LANGS)('(%s) carries it only inside a TextRun, literally', (lang) => {
    const card = make(HOSTILE_QUESTION, lang);
    expect(cardProblems(card)).toEqual([]);
    expect(textRuns(card)).toContain(SHOWN);
    const holders = nodes(card).filter((n) =>
      Object.values(n).some((v) => typeof v === 'string' && v.includes('evil.example')),
    );
    // Shown only in a TextRun; besides, "None of these" carries it back as action data (never shown
    // from there: the not-found card echoes it in a TextRun again).
    const carried = new Set<unknown>(
      executeActions(card)
        .filter((a) => a.verb === QA_VERBS.noneOfThese)
        .map((a) => a.data),
    );
    const shownIn = holders.filter((n) => !carried.has(n)).map((n) => n.type);
    expect(shownIn).toEqual(['TextRun']);
    expect(JSON.stringify(card)).toContain('**bold**');
    expect(JSON.stringify(card)).toContain('[click](https://evil.example)');
  });

  it.each(LANGS)('(%s) does not expand template expressions the user typed', (lang) => {
    const card = make('${s.sentence} ${lang} ${$root.verbs.showEntry}', lang);
    expect(cardProblems(card)).toEqual([]);
    expect(textRuns(card)).toContain(
      '$\u2060{s.sentence} $\u2060{lang} $\u2060{$root.verbs.showEntry}',
    );
  });
});

describe('echoQuestion', () => {
  it('collapses whitespace and cuts long questions', () => {
    expect(echoQuestion('  a\n\n b  ')).toBe('a b');
    const cut = echoQuestion('x'.repeat(1000));
    expect(cut).toHaveLength(MAX_ECHO_LENGTH);
    expect(cut.endsWith('…')).toBe(true);
  });
});

describe('neutralizeTemplateSyntax', () => {
  it('breaks every "${" in nested strings and leaves other values alone', () => {
    const data = { a: '${x}', b: ['${y}${z}', 3, true, null], c: { d: 'plain' } };
    expect(neutralizeTemplateSyntax(data)).toEqual({
      a: '$\u2060{x}',
      b: ['$\u2060{y}$\u2060{z}', 3, true, null],
      c: { d: 'plain' },
    });
  });
});
