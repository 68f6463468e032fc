// Every line of the guidance a person could ask about is in some entry, word for word: a line the
// catalogue drops is a part of the guidance the bot can never show. Only headings and page furniture
// are left out, and they are listed here, one by one, so nothing slips out unnoticed.
import { describe, expect, it } from 'vitest';
import { loadCatalogue } from '../../src/guidance/load.js';
import { guidanceText } from './seed.js';

/** Headings (the cards have their own titles), the page's table of contents and its footer. */
const NOT_CONTENT = new Set([
  'Guidance for Public Servants on their Personal Use of Social Media',
  'On this page',
  'Introduction',
  'What is this guidance document and why was it created?',
  'Public service non-partisanship and impartiality',
  'Our guide – the Values and Ethics Code for the Public Sector',
  'Considerations for public servants using personal social media accounts',
  'Questions to ask yourself to assess your social media activity',
  'Why this is important?',
  'Guidance on political activities',
  'When personal experience intersects with political issues',
  'Ensuring personal social media accounts are not mistaken for official Government of Canada accounts',
  'Examples of appropriate, risky and inappropriate use of personal social media accounts',
  'Appropriate use of social media',
  'Potentially risky use of social media',
  'Inappropriate use of social media',
  'Evaluating online history',
  'Where to go for support',
  'Terminology',
  'Guidance for managers',
  'Guidance for executives',
  'The employer’s responsibility',
  'Available support for ethical decision-making',
  'What do you do if you see or become aware of a potentially inappropriate post?',
  'Support for managers',
  'Responding fairly and proportionately',
  'Ethical behaviour on social media',
  'Page details',
  'Date modified:',
]);

/**
 * Lines the page repeats almost word for word (the "Where to go for support" section restates the
 * managers' passage): the catalogue quotes the twin, named here, once.
 */
const REPEATS = new Map([
  [
    'However, a post may be brought to manager’s attention through any number of ways:',
    'However, a post may be brought to your attention through any number of ways:',
  ],
]);

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
/** The seed marks footnotes inline ("…”Footnote 1"); the catalogue quotes the sentence without the mark. */
const withoutFootnoteMark = (line: string) => line.replace(/Footnote \d+$/, '');

describe('the catalogue covers the guidance', () => {
  const catalogue = loadCatalogue();
  const shown = flat(
    catalogue.entries.flatMap((e) => [e.en.title, e.en.text, e.en.why ?? '']).join('\n'),
  );
  const lines = guidanceText()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !NOT_CONTENT.has(l.replace(/^- /, '')));

  it('quotes every content line of the guidance in some entry', () => {
    const quoted = (line: string) => shown.includes(flat(withoutFootnoteMark(line)));
    const missing = lines
      .map((l) => l.replace(/^- /, ''))
      .filter((l) => !quoted(REPEATS.get(l) ?? l));
    expect(missing).toEqual([]);
    for (const twin of REPEATS.values())
      expect(lines.map((l) => l.replace(/^- /, ''))).toContain(twin);
  });

  it('lists as non-content only lines the guidance has', () => {
    const seedLines = new Set(
      guidanceText()
        .split('\n')
        .map((l) => l.trim().replace(/^- /, '')),
    );
    for (const heading of NOT_CONTENT) expect(seedLines, heading).toContain(heading);
  });
});
