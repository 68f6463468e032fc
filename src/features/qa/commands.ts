// Words that are commands rather than questions, in both languages. Anything else is a question.
import type { Audience } from '../../i18n/strings.js';
import type { Lang } from '../../guidance/types.js';
import { normalise } from '../../matching/text.js';

export const COMMANDS = ['help', 'support', 'topics'] as const;
export type Command = (typeof COMMANDS)[number];

const ALIASES: Record<Command, readonly string[]> = {
  // "ask" / "demander" alone: a prompt starter (Teams' command menu, Copilot) sent without a question.
  help: [
    'help',
    'aide',
    'start',
    'menu',
    '?',
    'commands',
    'commandes',
    'ask',
    'demander',
    'question',
  ],
  support: [
    'support',
    'soutien',
    'contact',
    'contacts',
    'get support',
    'obtenir du soutien',
    'ressources',
  ],
  topics: ['topics', 'sujets', 'browse', 'parcourir', 'themes', 'catalogue', 'catalog', 'list'],
};

const LANG_OF: Record<string, Lang> = {
  aide: 'fr',
  demander: 'fr',
  commandes: 'fr',
  soutien: 'fr',
  'obtenir du soutien': 'fr',
  ressources: 'fr',
  sujets: 'fr',
  parcourir: 'fr',
  themes: 'fr',
};

/** "support managers", "soutien cadres"…: the support card with that audience's avenues first. */
const SUPPORT_FOR: Readonly<
  Record<Lang, readonly [string, Record<LeaderAudience, readonly string[]>]>
> = {
  en: [
    'support',
    {
      managers: ['managers', 'manager', 'for managers'],
      executives: ['executives', 'executive', 'for executives'],
    },
  ],
  fr: [
    'soutien',
    {
      managers: ['gestionnaires', 'gestionnaire', 'pour les gestionnaires'],
      executives: ['cadres', 'cadre', 'pour les cadres'],
    },
  ],
};
type LeaderAudience = Exclude<Audience, 'employees'>;

function supportFor(key: string): { audience: LeaderAudience; lang: Lang } | undefined {
  for (const lang of ['en', 'fr'] as const) {
    const [word, audiences] = SUPPORT_FOR[lang];
    for (const audience of ['managers', 'executives'] as const)
      if (audiences[audience].some((who) => key === `${word} ${who}`)) return { audience, lang };
  }
  return undefined;
}

export interface ParsedCommand {
  readonly command: Command;
  /** The language the command word itself belongs to, if only one. */
  readonly lang?: Lang;
  /** For "support": whose avenues come first. */
  readonly audience?: Audience;
}

export function parseCommand(text: string): ParsedCommand | undefined {
  const key = normalise(text)
    .replace(/[!.\s]+$/u, '')
    .trim();
  const support = supportFor(key);
  if (support) return { command: 'support', ...support };
  for (const command of COMMANDS) {
    if (ALIASES[command].includes(key)) return { command, lang: LANG_OF[key] };
  }
  return undefined;
}

/** "ask can I …" / "demander puis-je …" (the manifest's "ask" command): the question itself. */
export const withoutAskPrefix = (text: string): string =>
  text.replace(/^\s*(?:ask|demander|question)\s*[:,-]?\s+(?=\S)/i, '');
