// The words of the schedule commands, in English and French, and how a day and a time are read.
// command.ts puts them together; the help card (help-strings.ts) quotes the same forms back.
import type { Lang } from '../../guidance/types.js';
import type { ControlKind, Weekday } from './command.js';

// Words that start a schedule command, with the language they belong to.
export const PREFIXES: ReadonlyArray<readonly [string, Lang]> = [
  ['schedule', 'en'],
  ['planifier', 'fr'],
  ['planification', 'fr'],
  ['horaire', 'fr'],
];

// "weekly" is implied (it is the only frequency), so these words are accepted and ignored.
export const FREQUENCIES = [
  'every week',
  'each week',
  'weekly',
  'chaque semaine',
  'toutes les semaines',
  'hebdomadaire',
];

// Control words, normalised (lower case, no accents). Ambiguous ones ("pause") take the prefix's
// language, or the caller's default when there is no prefix. Multi-word forms first.
export const CONTROLS: ReadonlyArray<readonly [string, ControlKind | 'show', Lang | undefined]> = [
  ['show', 'show', 'en'],
  ['status', 'show', 'en'],
  ['afficher', 'show', 'fr'],
  ['voir', 'show', 'fr'],
  ['pause', 'pause', undefined],
  ['suspendre', 'pause', 'fr'],
  ['resume', 'resume', 'en'],
  ['reprendre', 'resume', 'fr'],
  ['skip next', 'skip', 'en'],
  ['skip', 'skip', 'en'],
  ['sauter la prochaine', 'skip', 'fr'],
  ['sauter le prochain', 'skip', 'fr'],
  ['sauter', 'skip', 'fr'],
  ['stop', 'stop', 'en'],
  ['arreter', 'stop', 'fr'],
];

const DAYS: ReadonlyArray<readonly [Weekday, readonly string[]]> = [
  [0, ['sunday', 'sun', 'dimanche', 'dim']],
  [1, ['monday', 'mon', 'lundi', 'lun']],
  [2, ['tuesday', 'tue', 'tues', 'mardi', 'mar']],
  [3, ['wednesday', 'wed', 'mercredi', 'mer']],
  [4, ['thursday', 'thu', 'thur', 'thurs', 'jeudi', 'jeu']],
  [5, ['friday', 'fri', 'vendredi', 'ven']],
  [6, ['saturday', 'sat', 'samedi', 'sam']],
];

// Small words people put around the day and time: "on Mondays at 9", "le lundi à 9 h".
export const FILLERS: ReadonlySet<string> = new Set([
  'on',
  'at',
  'every',
  'each',
  'le',
  'les',
  'a',
  'chaque',
  'tous',
]);

// 9 | 9:00 | 09:00 | 9am | 9:30 pm | 9h | 9 h | 9h30 | 9 h 30 | 9.30
const TIME = /^(\d{1,2})(?:\s*(?::|h|\.)\s*(\d{2})?)?\s*(am|pm)?$/;

/** Lower case, no accents, single spaces, no trailing punctuation. */
export function clean(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b([ap])\.m\.?/g, '$1m')
    .replace(/[!?.,;]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function startsWithWords(text: string, words: string): boolean {
  return text === words || text.startsWith(`${words} `);
}

export function parseDay(word: string): Weekday | undefined {
  // "mondays", "lundis": plural forms are common in "every Monday" phrasings.
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  for (const [day, names] of DAYS) {
    if (names.includes(word) || names.includes(singular)) return day;
  }
  return undefined;
}

export function parseTime(text: string): { hour: number; minute: number } | undefined {
  const m = TIME.exec(text);
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] === undefined ? 0 : Number(m[2]);
  const meridiem = m[3];
  if (minute > 59) return undefined;
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23) return undefined;
  return { hour, minute };
}
