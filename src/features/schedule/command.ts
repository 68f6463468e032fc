// "schedule weekly Monday 9:00" and its French forms, read after the @mention has been removed.
// Parsing is deliberately narrow: a schedule word must start the message (or the whole message must
// be a control word such as "pause"), so questions that merely contain "horaire" stay questions.
// A message that is clearly a schedule but cannot be read says what was wrong (InvalidReason and
// the words at fault), so the reply can explain it rather than only quote an example.
import type { Lang } from '../../guidance/types.js';
import {
  clean,
  CONTROLS,
  FILLERS,
  FREQUENCIES,
  parseDay,
  parseTime,
  PREFIXES,
  startsWithWords,
} from './command-words.js';

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
  /** No day, or a time where the day should be ("schedule 9:00"). */
  'missing-day',
  /** `found` is not a day ("Funday"). */
  'unknown-day',
  'missing-time',
  /** `found` is not a time of day ("25:00", "9:75", "13pm"). */
  'invalid-time',
  /** A day and a time, then `found` ("please", "and Friday 10:00"). */
  'extra-words',
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
  /** The words at fault, normalised (lower case, no accents) and cut to MAX_FOUND_LENGTH. */
  readonly found?: string;
}

export type ScheduleCommand = SetScheduleCommand | SimpleScheduleCommand | InvalidScheduleCommand;

/** Quoted words stay short: a pasted paragraph must not fill the reply. */
export const MAX_FOUND_LENGTH = 40;

const invalid = (reason: InvalidReason, lang: Lang, found?: string): InvalidScheduleCommand => {
  if (found === undefined) return { kind: 'invalid', reason, lang };
  const cut = found.length <= MAX_FOUND_LENGTH ? found : `${found.slice(0, MAX_FOUND_LENGTH - 1)}…`;
  return { kind: 'invalid', reason, lang, found: cut };
};

function matchControl(rest: string, lang: Lang): ScheduleCommand | undefined {
  for (const [words, kind, wordLang] of CONTROLS) {
    // "skip next week", "sauter la prochaine fois": a control word may be followed by a few words.
    if (startsWithWords(rest, words)) return { kind, lang: wordLang ?? lang };
  }
  return undefined;
}

/** The time at the start of `words` ("9 h 30 svp" → 9:30, then "svp"), longest reading first. */
function readTime(words: readonly string[], day: SetScheduleCommand['day'], lang: Lang) {
  for (let used = words.length; used > 0; used--) {
    const time = parseTime(words.slice(0, used).join(' '));
    if (!time) continue;
    if (used < words.length) return invalid('extra-words', lang, words.slice(used).join(' '));
    return { kind: 'set', day, hour: time.hour, minute: time.minute, lang } as const;
  }
  return invalid('invalid-time', lang, words.join(' '));
}

function parseSet(rest: string, lang: Lang): ScheduleCommand {
  const words = rest.split(' ').filter((w) => w.length > 0 && !FILLERS.has(w));
  const [dayWord, ...timeWords] = words;
  if (dayWord === undefined) return invalid('missing-day', lang);
  const day = parseDay(dayWord);
  if (day === undefined) {
    // "schedule 9:00": the time came where the day should be.
    return /^\d/.test(dayWord)
      ? invalid('missing-day', lang)
      : invalid('unknown-day', lang, dayWord);
  }
  if (timeWords.length === 0) return invalid('missing-time', lang);
  return readTime(timeWords, day, lang);
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
