// Real-shaped catalogue data for card tests: the catalogue's sample entry (an example) plus a few
// reflection questions, a topic and related entries built here from the guidance's own words, so
// the tests do not depend on catalogue files other engineers are still writing.
import { readFileSync } from 'node:fs';
import type { Entry, LocalizedEntry, Section } from '../../src/guidance/types.js';

const read = (path: string): unknown =>
  JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

/** ex-petitions: kind example, verdict risky, three questions, three related ids. */
export const sampleEntry = (read('../../src/guidance/content/_example-entry.json') as Entry[])[0]!;

const local = (
  title: string,
  text: string,
  why?: string,
  source: LocalizedEntry['source'] = 'seed',
) => ({ source, title, text, ...(why ? { why } : {}), phrasings: [] }) satisfies LocalizedEntry;

function question(id: string, en: [string, string], fr: [string, string]): Entry {
  return {
    id,
    kind: 'reflection-question',
    titleFrom: 'guidance-question',
    section: 'reflection',
    related: ['ex-political-posts'],
    en: local(en[0], en[0], en[1]),
    fr: local(fr[0], fr[0], fr[1], 'bot-translation'),
  };
}

export const policyOpinion = question(
  'q-policy-opinion',
  [
    'What is the content of the post? Does it constitute an opinion of a government policy or program?',
    'As a professional, non-partisan and impartial public service, we provide the government with evidence-based advice and options on policies, programs and actions, and then we loyally implement government decisions.\n\nWe also should be careful when publicly critiquing (positively or negatively) the government of the day or any political party’s policies or positions.',
  ],
  [
    'Quel est le contenu de la publication? Constitue-t-elle une opinion sur une politique ou un programme du gouvernement?',
    'En tant que fonction publique professionnelle, non partisane et impartiale, nous fournissons au gouvernement des conseils et des options fondés sur des données probantes.\n\nNous devons aussi faire preuve de prudence lorsque nous critiquons publiquement (positivement ou négativement) le gouvernement au pouvoir.',
  ],
);

export const perception = question(
  'q-perception',
  [
    'Can you anticipate how the post will be perceived by others?',
    'Perception is just as important as reality when it comes to how the public views the public service. Ask yourself how your post could be perceived by a reasonable person.',
  ],
  [
    'Pouvez-vous prévoir comment la publication sera perçue par les autres?',
    'La perception est tout aussi importante que la réalité en ce qui concerne la façon dont le public voit la fonction publique.',
  ],
);

export const amplifying = question(
  'q-amplifying',
  [
    'What type of content are you amplifying or engaging with?',
    'Sharing, tagging or liking content carries similar risks to posting the material yourself.\n\nExamples of inappropriate content include content that is racist, hateful, sexist, homophobic or defamatory.',
  ],
  [
    'Quel type de contenu amplifiez-vous ou avec lequel interagissez-vous?',
    'Partager, identifier ou aimer du contenu comporte des risques semblables à ceux de publier le contenu vous-même.',
  ],
);

export const politicalActivities: Entry = {
  id: 'topic-political-activities',
  kind: 'topic',
  titleFrom: 'guidance-heading',
  section: 'political',
  questions: ['q-policy-opinion', 'q-perception'],
  related: ['ex-petitions', 'ex-political-posts', 'missing-id'],
  en: local(
    'Guidance on political activities',
    'Our online engagement follows the same rules as in-person acts when it relates to political activities.\n\nThe definition of political activities under the Public Service Employment Act includes:\n\n- carrying on any activity in support of, within or in opposition to a political party\n- seeking nomination as or being a candidate in an election before or during an election period',
  ),
  fr: local(
    'Orientation sur les activités politiques',
    'Notre engagement en ligne suit les mêmes règles que les actes en personne lorsqu’il s’agit d’activités politiques.\n\nLa définition d’activités politiques en vertu de la Loi sur l’emploi dans la fonction publique comprend :\n\n- toute activité exercée au sein d’un parti politique, ou exercée pour appuyer un parti politique ou s’y opposer',
    undefined,
    'bot-translation',
  ),
};

function example(id: string, section: 'risky' | 'appropriate', en: string, fr: string): Entry {
  const verdict = section;
  return {
    id,
    kind: 'example',
    titleFrom: 'bot-written',
    section,
    verdict,
    related: [],
    en: local(en, `- ${en}`),
    fr: local(fr, `- ${fr}`, undefined, 'official'),
  };
}

export const politicalPosts = example(
  'ex-political-posts',
  'risky',
  'Creating political posts',
  'Créer des publications politiques',
);
export const partisanAccounts = example(
  'ex-partisan-accounts',
  'risky',
  'Liking, sharing or responding to content from partisan social media accounts',
  'Aimer ou partager du contenu de comptes de médias sociaux partisans, ou y répondre',
);
export const pets = example(
  'ex-pets-vacation-family',
  'appropriate',
  'Sharing pictures of your pet, vacation or a family event',
  'Partager des photos de votre animal, de vos vacances ou d’un événement familial',
);

export const entries: readonly Entry[] = [
  policyOpinion,
  perception,
  amplifying,
  pets,
  sampleEntry,
  politicalPosts,
  partisanAccounts,
  politicalActivities,
];

const byId = new Map(entries.map((e) => [e.id, e]));
export const lookup = (id: string): Entry | undefined => byId.get(id);

const section = (id: string, en: string, fr: string): Section => ({
  id,
  en: { title: en },
  fr: { title: fr },
});

export const sections: readonly Section[] = [
  section('reflection', 'Questions to ask yourself', 'Questions à vous poser'),
  section('appropriate', 'Appropriate use', 'Utilisation appropriée'),
  section('risky', 'Potentially risky use', 'Utilisation potentiellement risquée'),
  section('political', 'Political activities', 'Activités politiques'),
  section('leaders', 'Managers and executives', 'Gestionnaires et cadres supérieurs'),
];

export const catalogue = { sections, entries };

/** What a user might type to break a card: a link, a template expression, markdown. */
export const HOSTILE_QUESTION =
  'Can I post [click](https://evil.example) and ${x} with **bold** text?';
