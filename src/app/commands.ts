// Words that are commands rather than questions, in both languages. Anything else is a question.
import type { Lang } from '../guidance/types.js';
import { normalise } from '../matching/text.js';

export const COMMANDS = ['help', 'support', 'topics'] as const;
export type Command = (typeof COMMANDS)[number];

const ALIASES: Record<Command, readonly string[]> = {
  help: ['help', 'aide', 'start', 'menu', '?', 'commands', 'commandes'],
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
  commandes: 'fr',
  soutien: 'fr',
  'obtenir du soutien': 'fr',
  ressources: 'fr',
  sujets: 'fr',
  parcourir: 'fr',
  themes: 'fr',
};

export interface ParsedCommand {
  readonly command: Command;
  /** The language the command word itself belongs to, if only one. */
  readonly lang?: Lang;
}

export function parseCommand(text: string): ParsedCommand | undefined {
  const key = normalise(text)
    .replace(/[!.\s]+$/u, '')
    .trim();
  for (const command of COMMANDS) {
    if (ALIASES[command].includes(key)) return { command, lang: LANG_OF[key] };
  }
  return undefined;
}

/** "ask can I …" / "demander puis-je …" (the manifest's "ask" command): the question itself. */
export const withoutAskPrefix = (text: string): string =>
  text.replace(/^\s*(?:ask|demander|question)\s*[:,-]?\s+(?=\S)/i, '');
