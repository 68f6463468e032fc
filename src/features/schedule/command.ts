// "schedule weekly Monday 9:00" and its French forms, read after the @mention has been removed.
// Parsing is deliberately narrow: a schedule word must start the message (or the whole message must
// be a control word such as "pause"), so questions that merely contain "horaire" stay questions.
import type { Lang } from '../../guidance/types.js';

export const SCHEDULE_COMMAND_KINDS = [
  'set',
  'show',
  'pause',
  'resume',
  'skip',
  'stop',
  'invalid',
] as const;
export type ScheduleCommandKind = (typeof SCHEDULE_COMMAND_KINDS)[number];

/** Commands that change the state of an existing schedule. */
export const CONTROL_KINDS = ['pause', 'resume', 'skip', 'stop'] as const;
export type ControlKind = (typeof CONTROL_KINDS)[number];

export const INVALID_REASONS = [
  'missing-day',
  'unknown-day',
  'missing-time',
  'invalid-time',
] as const;
export type InvalidReason = (typeof INVALID_REASONS)[number];

/** Day of week as croner (and Date#getUTCDay) count it: 0 = Sunday … 6 = Saturday. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface SetScheduleCommand {
  readonly kind: 'set';
  readonly day: Weekday;
  readonly hour: number;
  readonly minute: number;
  readonly lang: Lang;
}

export interface SimpleScheduleCommand {
  readonly kind: 'show' | ControlKind;
  readonly lang: Lang;
}

export interface InvalidScheduleCommand {
  readonly kind: 'invalid';
  readonly reason: InvalidReason;
  readonly lang: Lang;
}

export type ScheduleCommand = SetScheduleCommand | SimpleScheduleCommand | InvalidScheduleCommand;

/** The format to quote back when a command is invalid. */
export const EXPECTED_FORMAT: Record<Lang, string> = {
  en: 'schedule weekly Monday 9:00',
  fr: 'planifier chaque semaine lundi 9 h 00',
};

// Words that start a schedule command, with the language they belong to. Multi-word forms first.
const PREFIXES: ReadonlyArray<readonly [string, Lang]> = [
  ['schedule', 'en'],
  ['planifier', 'fr'],
  ['planification', 'fr'],
  ['horaire', 'fr'],
];

// "weekly" is implied (it is the only frequency), so these words are accepted and ignored.
const FREQUENCIES = [
  'every week',
  'each week',
  'weekly',
  'chaque semaine',
  'toutes les semaines',
  'hebdomadaire',
];

// Control words, normalised (lower case, no accents). Ambiguous ones ("pause") take the prefix's
// language, or the caller's default when there is no prefix.
const CONTROLS: ReadonlyArray<readonly [string, ControlKind | 'show', Lang | undefined]> = [
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
const FILLERS = new Set(['on', 'at', 'every', 'each', 'le', 'les', 'a', 'chaque', 'tous']);

// 9 | 9:00 | 09:00 | 9am | 9:30 pm | 9h | 9 h | 9h30 | 9 h 30 | 9.30
const TIME = /^(\d{1,2})(?:\s*(?::|h|\.)\s*(\d{2})?)?\s*(am|pm)?$/;

/** Lower case, no accents, single spaces, no trailing punctuation. */
function clean(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\b([ap])\.m\.?/g, '$1m')
    .replace(/[!?.,;]+$/u, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function startsWithWords(text: string, words: string): boolean {
  return text === words || text.startsWith(`${words} `);
}

function matchControl(rest: string, lang: Lang): ScheduleCommand | undefined {
  for (const [words, kind, wordLang] of CONTROLS) {
    // "skip next week", "sauter la prochaine fois": a control word may be followed by a few words.
    if (startsWithWords(rest, words)) return { kind, lang: wordLang ?? lang };
  }
  return undefined;
}

function parseDay(word: string): Weekday | undefined {
  // "mondays", "lundis": plural forms are common in "every Monday" phrasings.
  const singular = word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;
  for (const [day, names] of DAYS) {
    if (names.includes(word) || names.includes(singular)) return day;
  }
  return undefined;
}

function parseTime(text: string): { hour: number; minute: number } | undefined {
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

function parseSet(rest: string, lang: Lang): ScheduleCommand {
  const words = rest.split(' ').filter((w) => w.length > 0 && !FILLERS.has(w));
  const [dayWord, ...timeWords] = words;
  if (dayWord === undefined) return { kind: 'invalid', reason: 'missing-day', lang };
  const day = parseDay(dayWord);
  if (day === undefined) return { kind: 'invalid', reason: 'unknown-day', lang };
  if (timeWords.length === 0) return { kind: 'invalid', reason: 'missing-time', lang };
  const time = parseTime(timeWords.join(' '));
  if (!time) return { kind: 'invalid', reason: 'invalid-time', lang };
  return { kind: 'set', day, hour: time.hour, minute: time.minute, lang };
}

function stripFrequency(rest: string): { rest: string; found: boolean } {
  for (const words of FREQUENCIES) {
    if (startsWithWords(rest, words)) return { rest: rest.slice(words.length).trim(), found: true };
  }
  return { rest, found: false };
}

/**
 * Reads a schedule command, or returns undefined when the text is not one (it is then a question
 * for the guidance). `defaultLang` is used for words shared by both languages ("pause") typed alone.
 */
export function parseScheduleCommand(
  text: string,
  defaultLang: Lang = 'en',
): ScheduleCommand | undefined {
  const t = clean(text);
  const prefix = PREFIXES.find(([word]) => startsWithWords(t, word));
  if (!prefix) {
    // Bare control words ("pause", "reprendre") are commands only when they are the whole message.
    const control = CONTROLS.find(([words]) => words === t);
    return control ? { kind: control[1], lang: control[2] ?? defaultLang } : undefined;
  }
  const [word, lang] = prefix;
  const afterPrefix = t.slice(word.length).trim();
  if (afterPrefix === '') return { kind: 'show', lang };
  const control = matchControl(afterPrefix, lang);
  if (control) return control;
  const { rest, found } = stripFrequency(afterPrefix);
  // Without a frequency word, a day or a digit, "horaire de travail …" is a question, not a typo.
  const looksLikeSchedule =
    found ||
    /\d/.test(rest) ||
    rest
      .split(' ')
      .filter((w) => !FILLERS.has(w))
      .slice(0, 1)
      .some((w) => parseDay(w) !== undefined);
  return looksLikeSchedule ? parseSet(rest, lang) : undefined;
}
