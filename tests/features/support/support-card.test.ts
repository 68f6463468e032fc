import { describe, expect, it } from 'vitest';
import { QA_VERBS } from '../../../src/contract/verbs.js';
import { STRINGS, type SupportGroup } from '../../../src/i18n/strings.js';
import { supportCard } from '../../../src/features/support/support-card.js';
import { LANGS } from '../../../src/guidance/types.js';
import { loadSupportProfile } from '../../../src/organization/profile.js';
import { cardProblems } from '../../cards/card-problems.js';
import { executeActions, ofType, visibleText } from '../../cards/card-walk.js';
import { guidanceText } from '../../guidance/seed.js';

const justice = loadSupportProfile('justice');

/** Who the guidance sends people to, as each language names them. */
const CONTACTS = {
  en: [
    'your manager',
    'values and ethics office',
    'designated senior official for conflict of interest',
    'Ombud',
    'Employee Assistance Program',
    'human resources or security division or possibly law enforcement',
    'from another public servant or from a member of the public',
    'Centre of Expertise on Mental Health in the Workplace',
    'labour relations advisors',
    'permission from the Public Service Commission',
    'Self-Assessment Tool',
    'designated political activities representative',
    'Senior officer for disclosure of wrongdoing',
    'Office of the Public Sector Integrity Commissioner',
    'Canada School of Public Service',
  ],
  fr: [
    'votre gestionnaire',
    "bureau des valeurs et de l'éthique",
    "haut fonctionnaire désigné en matière de conflits d'intérêts",
    'ombud',
    "Programme d'aide aux employés",
    "ressources humaines ou de la sécurité de votre organisation, ou éventuellement aux forces de l'ordre",
    "d'un autre fonctionnaire ou d'un membre du public",
    "Centre d'expertise sur la santé mentale en milieu de travail",
    'conseillers en relations de travail',
    'permission de la Commission de la fonction publique',
    "outil d'autoévaluation",
    "représentant désigné en matière d'activités politiques",
    "agent supérieur chargé des divulgations d'actes répréhensibles",
    "Commissariat à l'intégrité du secteur public",
    'École de la fonction publique du Canada',
  ],
} as const;

describe.each(LANGS)('supportCard (%s)', (lang) => {
  it('renders a valid card, with and without an organization profile', () => {
    expect(cardProblems(supportCard(lang))).toEqual([]);
    expect(cardProblems(supportCard(lang, justice))).toEqual([]);
  });

  it('names every support avenue of the guidance and the four CSPS courses', () => {
    const text = visibleText(supportCard(lang));
    for (const contact of CONTACTS[lang]) expect(text).toContain(contact);
    for (const code of ['DDN250', 'TRN125', 'DDN2-A29', 'TRN506'])
      expect(text).toContain(`(${code})`);
  });

  it('shows the organization’s contacts (name, role, phone, email) only when configured', () => {
    const card = supportCard(lang, justice);
    const text = visibleText(card);
    expect(text).toContain('Pamela Richmire');
    expect(text).toContain(justice.contacts[0]!.role[lang]);
    expect(ofType(card, 'FactSet')[0]?.facts).toEqual([
      { title: lang === 'en' ? 'Phone' : 'Téléphone', value: '[613-946-3816](tel:+16139463816)' },
      {
        title: lang === 'en' ? 'Email' : 'Courriel',
        value: '[pamela.richmire@justice.gc.ca](mailto:pamela.richmire@justice.gc.ca)',
      },
    ]);
    expect(visibleText(supportCard(lang))).not.toContain('Pamela Richmire');
  });

  it('leaves out the facts of a contact with neither phone nor email', () => {
    const profile = {
      organization: { en: 'Org', fr: 'Org' },
      contacts: [{ name: 'A B', role: { en: 'R', fr: 'R' } }],
    };
    const card = supportCard(lang, profile);
    expect(cardProblems(card)).toEqual([]);
    expect(ofType(card, 'FactSet')).toEqual([]);
  });

  it('offers browsing topics', () => {
    expect(executeActions(supportCard(lang)).map((a) => [a.verb, a.data])).toEqual([
      [QA_VERBS.showTopics, { lang }],
    ]);
  });
});

describe('the support card’s words', () => {
  const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
  const guidance = flat(guidanceText());

  it('quotes the guidance, word for word, for every avenue in English', () => {
    const { intro } = STRINGS.en.support;
    const groups: readonly SupportGroup[] = STRINGS.en.support.groups;
    for (const sentence of [intro, ...groups.flatMap((g) => [...g.paragraphs, ...(g.items ?? [])])])
      expect(guidance, sentence).toContain(flat(sentence));
  });

  it('has the same avenues in French, marked as the tool’s translation', () => {
    const en: readonly SupportGroup[] = STRINGS.en.support.groups;
    const fr: readonly SupportGroup[] = STRINGS.fr.support.groups;
    expect(fr.map((g) => [g.for, g.paragraphs.length, g.items?.length])).toEqual(
      en.map((g) => [g.for, g.paragraphs.length, g.items?.length]),
    );
    expect(visibleText(supportCard('fr'))).toContain(STRINGS.fr.support.translationNote);
    expect(STRINGS.en.support.translationNote).toBe('');
  });

  it.each([
    ['employees', 'When you are unsure'],
    ['managers', 'For managers'],
    ['executives', 'For executives'],
  ] as const)('shows %s their own avenues first', (audience, first) => {
    const headings = ofType(supportCard('en', undefined, audience), 'TextBlock')
      .filter((b) => b.weight === 'Bolder' && b.size !== 'Large')
      .map((b) => b.text);
    expect(headings[0]).toBe(first);
    expect(headings).toHaveLength(STRINGS.en.support.groups.length);
  });
});

/** Every markdown link on a card: [shown text, address]. */
const links = (card: Parameters<typeof visibleText>[0]) =>
  [...visibleText(card).matchAll(/\[([^\]]*)\]\(([^)\s]*)\)/g)].map((m) => [m[1], m[2]]);
/** What a reader sees once Teams has rendered the links. */
const shown = (markdown: string) => markdown.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1');

describe.each(LANGS)('the support card’s links (%s)', (lang) => {
  const page = (code: string) =>
    `https://www.csps-efpc.gc.ca/catalogue/courses-${lang === 'en' ? 'eng' : 'fra'}.aspx?code=${code}`;
  const groups: readonly SupportGroup[] = STRINGS[lang].support.groups;
  const learning = groups.find((g) => g.items?.length)!.items!;

  it.each([
    ['without a profile', undefined],
    ['with the Justice profile', justice],
  ])('%s: the guidance’s e-mail address and its four courses are links', (_label, profile) => {
    const found = links(supportCard(lang, profile));
    expect(found).toContainEqual([
      'Integrity-integrite@tbs-sct.gc.ca',
      'mailto:Integrity-integrite@tbs-sct.gc.ca',
    ]);
    expect(found).toEqual(
      expect.arrayContaining(learning.map((item) => [item, page(/\(([^)]+)\)$/.exec(item)![1]!)])),
    );
  });

  it('with the Justice profile: its phone number dials (E.164) and its e-mail address writes', () => {
    const found = links(supportCard(lang, justice));
    expect(found).toContainEqual(['613-946-3816', 'tel:+16139463816']);
    expect(found).toContainEqual([
      'pamela.richmire@justice.gc.ca',
      'mailto:pamela.richmire@justice.gc.ca',
    ]);
    expect(links(supportCard(lang)).map(([, url]) => url)).not.toContain('tel:+16139463816');
  });

  it('links nothing else, and every link is mailto:, tel: or an official https page', () => {
    const urls = links(supportCard(lang, justice)).map(([, url]) => url);
    expect(urls).toHaveLength(4 + 1 + 2);
    for (const url of urls)
      expect(url).toMatch(/^(mailto:|tel:\+\d+$|https:\/\/www\.csps-efpc\.gc\.ca\/)/);
  });

  it('keeps the guidance’s words as written once the links are rendered', () => {
    const card = supportCard(lang);
    const blocks = ofType(card, 'TextBlock').map((b) => shown(String(b.text)));
    for (const group of groups) {
      for (const paragraph of group.paragraphs) expect(blocks).toContain(paragraph);
      if (group.items) expect(blocks).toContain(group.items.map((i) => `- ${i}`).join('\n'));
    }
  });

  it('links a contact’s name to the web page its profile gives, and only then', () => {
    const url = 'https://www.canada.ca/en/government/publicservice/values.html';
    const profile = {
      organization: { en: 'Org', fr: 'Org' },
      contacts: [
        { name: 'Values and Ethics Office', role: { en: 'R', fr: 'R' }, url },
        { name: 'A B', role: { en: 'R', fr: 'R' }, phone: '+1 613 957 9999 ext. 12' },
      ],
    };
    const card = supportCard(lang, profile);
    expect(cardProblems(card)).toEqual([]);
    expect(links(card)).toContainEqual(['Values and Ethics Office', url]);
    expect(links(card)).toContainEqual(['+1 613 957 9999 ext. 12', 'tel:+16139579999;ext=12']);
    expect(visibleText(card)).toContain('\nA B\n');
  });
});
