// The bot's own French: Canadian typography (Translation Bureau, Le guide du rédacteur) in every
// French text a user sees, and one French rendering per English term (src/guidance/glossary-fr.json).
// Official texts (the Justice reminder, official canada.ca passages) are kept exactly as published.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEDULE_STRINGS } from '../../src/features/schedule/strings.js';
import { TEAM_STRINGS } from '../../src/features/team/strings.js';
import { QUIZ_STRINGS, SCENARIO_STRINGS } from '../../src/i18n/team-cards.js';
import { STRINGS } from '../../src/i18n/strings.js';
import { loadCatalogue } from '../../src/guidance/load.js';
import { loadScenarios } from '../../src/scenarios/load.js';
import { hostStrings } from '../../src/i18n/host.js';

const catalogue = loadCatalogue();
const glossary = JSON.parse(
  readFileSync(new URL('../../src/guidance/glossary-fr.json', import.meta.url), 'utf8'),
) as { en: string; fr: string }[];

/** A text with its quotes of official French left out (they keep their own typography). */
const official = catalogue.entries
  .filter((e) => e.fr.source === 'official')
  .map((e) => `${e.fr.title}\n${e.fr.text}\n${e.fr.why ?? ''}`.replace(/\s+/g, ' '));
const withoutOfficial = (text: string) =>
  text.replace(/«\u00a0(.*?)\u00a0»/g, (quote, inner: string) =>
    official.some((o) => o.includes(inner.replace(/\s+/g, ' '))) ? '' : quote,
  );

/** Every string in a strings table; functions are called with placeholders. */
function stringsIn(value: unknown, where: string): [string, string][] {
  if (typeof value === 'string') return [[where, value]];
  if (typeof value === 'function') {
    const fn = value as (...a: unknown[]) => unknown;
    return fn.length <= 3 && !where.endsWith('lastPost') ? stringsIn(fn('X', 'Y', 'Z'), where) : [];
  }
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${where}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => stringsIn(v, `${where}.${k}`));
  return [];
}

const frenchTexts = (): [string, string][] => [
  ...catalogue.entries
    .filter((e) => e.fr.source !== 'official')
    .flatMap((e) =>
      (['title', 'text', 'why'] as const).flatMap((f): [string, string][] =>
        e.fr[f] ? [[`${e.id}.fr.${f}`, e.fr[f]]] : [],
      ),
    ),
  ...catalogue.sections.map((s): [string, string] => [`section ${s.id}`, s.fr.title]),
  ...loadScenarios(catalogue).flatMap((s) =>
    stringsIn(s.fr, s.id).map(([where, text]): [string, string] => [where, withoutOfficial(text)]),
  ),
  ...stringsIn(STRINGS.fr, 'STRINGS.fr'),
  ...stringsIn(QUIZ_STRINGS.fr, 'QUIZ_STRINGS.fr'),
  ...stringsIn(SCENARIO_STRINGS.fr, 'SCENARIO_STRINGS.fr'),
  ...stringsIn(SCHEDULE_STRINGS.fr, 'SCHEDULE_STRINGS.fr'),
  ...(['late', 'retrying', 'lost'] as const).map((kind): [string, string] => [
    `SCHEDULE_STRINGS.fr.lastPost(${kind})`,
    SCHEDULE_STRINGS.fr.lastPost(
      { kind, scheduledFor: new Date(0), sentAt: new Date(0) },
      'America/Toronto',
    ),
  ]),
  ...stringsIn(TEAM_STRINGS.fr, 'TEAM_STRINGS.fr'),
  ...stringsIn(hostStrings('fr-CA'), 'hostStrings(fr)'),
];

const SPACE = '[\\u00a0\\u202f]';
const TYPOGRAPHY: [string, RegExp][] = [
  // One apostrophe throughout the tool's French: the straight one, as typed (official texts keep
  // their own typography, and quotes of them keep it too).
  ["a typographic apostrophe (the tool’s French uses ')", /’/],
  ['a colon without a non-breaking space before it', new RegExp(`(?<!${SPACE}):(?!//)`)],
  ['« without a non-breaking space after it', new RegExp(`«(?!${SPACE})`)],
  ['» without a non-breaking space before it', new RegExp(`(?<!${SPACE})»`)],
  ['a space before ; ! or ? (none in Canadian usage)', /[ \u00a0\u202f][;!?]/],
  // “ ” only as quotes within « » quotes (second level), never on their own; " never.
  ['English quotation marks outside a « » quotation', /^(?!.*«).*[“”]|"/s],
];

describe('French typography (Canadian, Translation Bureau)', () => {
  const texts = frenchTexts();
  it('finds the French texts to check', () => expect(texts.length).toBeGreaterThan(500));

  it.each(TYPOGRAPHY)('has no %s', (_rule, pattern) => {
    const faulty = texts
      .filter(([, t]) => pattern.test(t))
      .map(([where, t]) => `${where}: ${t.slice(0, 80)}`);
    expect(faulty).toEqual([]);
  });
});

/**
 * Places where the French rightly departs from a glossary term's noun (a verb or an adjective
 * renders it there): entry id → English terms.
 */
const RENDERED_OTHERWISE: Record<string, readonly string[]> = {
  'topic-values-code': ['non-partisanship', 'impartiality'], // « agir de façon non partisane et impartiale »
  'topic-duty-of-loyalty': ['non-partisanship', 'impartiality'], // same list of values
  'topic-managers-inappropriate-post': ['bullying', 'organizational code of conduct'], // « qui intimide », « code de conduite de votre organisation »
  'topic-online-history': ['seek guidance'], // « demandez conseil » (the imperative)
};

/** Lower case, one apostrophe, no plural or feminine ending: "Conflits d’intérêts" ~ "conflit d'intérêt". */
const stem = (text: string) =>
  ` ${text
    .toLowerCase()
    .replace(/'/g, '’')
    .split(/[^\p{L}’]+/u)
    .filter(Boolean)
    .map((w) => w.replace(/(s|x)$/, '').replace(/e$/, ''))
    .join(' ')} `;

describe('the French glossary', () => {
  it('gives one French rendering per English term', () => {
    const terms = glossary.map((g) => g.en.toLowerCase());
    expect(terms.filter((t, i) => terms.indexOf(t) !== i)).toEqual([]);
    for (const g of glossary) expect(g.fr.trim(), g.en).not.toBe('');
  });

  it('is followed by every translated entry', () => {
    const departures: string[] = [];
    for (const e of catalogue.entries.filter((x) => x.fr.source === 'bot-translation')) {
      const english = `${e.en.text} ${e.en.why ?? ''}`;
      const french = stem(`${e.fr.text} ${e.fr.why ?? ''}`);
      for (const { en, fr } of glossary) {
        if (/^(must|should|may)$/.test(en) || RENDERED_OTHERWISE[e.id]?.includes(en)) continue;
        const term = new RegExp(
          `(?<!non-)\\b${en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}s?\\b`,
          'i',
        );
        if (term.test(english) && !french.includes(stem(fr).trim()))
          departures.push(`${e.id}: "${en}" is not « ${fr} »`);
      }
    }
    expect(departures).toEqual([]);
  });
});

describe('what the French is', () => {
  it('marks every French text as official or as the tool’s translation', () => {
    for (const e of catalogue.entries)
      expect(['official', 'bot-translation']).toContain(e.fr.source);
    // The answer card says so whenever a shown text is the tool's translation.
    expect(STRINGS.fr.answer.translationNote).toMatch(/Traduction/);
  });
});
