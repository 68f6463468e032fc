// Who acts in a question. "My brother is running" is not "I am running": the words that name the
// actor are kept as role markers (the stop-word list drops pronouns), so the model can learn that
// a relative running for council is support for a candidate, not one's own candidacy. Matched on
// normalised words (lower case, no accents, contractions expanded).
import type { Lang } from '../guidance/types.js';

export const ROLES = [
  'self',
  'relative',
  'colleague',
  'team',
  'boss',
  'public',
  'leader',
  'negation',
  'hypothesis',
] as const;
export type Role = (typeof ROLES)[number];

const EN: Record<Role, string> = {
  self: 'i me my myself mine',
  relative: `brother sister cousin aunt uncle mom mum mother dad father parent parents son daughter kid kids
    child wife husband spouse partner boyfriend girlfriend fiance fiancee friend friends buddy bff neighbour
    neighbor roommate nephew niece grandmother grandfather grandma grandpa sibling siblings inlaw family relative
    relatives bro sis`,
  colleague: 'colleague colleagues coworker coworkers workmate teammate teammates peer peers',
  team: 'employee employees staff analyst analysts report reports subordinate subordinates team',
  boss: 'manager boss supervisor director dg adm supervisors',
  public:
    'public citizen citizens stranger strangers troll trolls guy someone somebody people follower followers',
  leader: 'executive executives ex01 ex02 ex03 deputy leadership',
  negation: 'not never no without nor',
  hypothesis: 'if hypothetically suppose say',
};

const FR: Record<Role, string> = {
  self: 'je moi mon ma mes me',
  relative: `frere soeur cousin cousine tante oncle mere pere parent parents fils fille enfant enfants conjoint
    conjointe epoux epouse mari femme chum blonde copain copine ami amie amis amies voisin voisine coloc neveu
    niece grand beau belle famille proche proches`,
  colleague: 'collegue collegues',
  team: 'employe employes employee employees equipe analyste analystes subordonne subordonnes personnel',
  boss: 'gestionnaire patron boss superviseur superviseure directeur directrice',
  public:
    'public citoyen citoyens citoyenne inconnu inconnus troll trolls gars quelqu monde abonnes',
  leader: 'cadre cadres sma dg haute direction',
  negation: 'pas jamais sans ni aucun aucune',
  hypothesis: 'si supposons admettons',
};

function table(words: Record<Role, string>): ReadonlyMap<string, Role> {
  const map = new Map<string, Role>();
  for (const role of ROLES) for (const w of words[role].split(/\s+/)) if (w) map.set(w, role);
  return map;
}

const TABLES: Record<Lang, ReadonlyMap<string, Role>> = { en: table(EN), fr: table(FR) };

/** The role a normalised word names, if any. */
export const roleOf = (word: string, lang: Lang): Role | undefined => TABLES[lang].get(word);
