// Days, times, dates and time-zone names as the schedule card shows them, in the card's language
// (Canadian English and French, from Intl): "Every Monday at 9:00 a.m." / "Chaque lundi à 9 h 00",
// "Monday, November 30 at 9:00 a.m.", "Eastern Time (America/Toronto)".
import type { Lang } from '../../../guidance/types.js';
import { localeOf } from '../../../i18n/lang.js';
import type { Schedule } from '../schedule.js';

// 2026-01-04 was a Sunday: day d of the week is January 4 + d, read in UTC.
const weekday = (lang: Lang, day: number) =>
  new Intl.DateTimeFormat(localeOf(lang), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 0, 4 + day)),
  );

// The wall-clock time alone, so a day on which it does not exist (spring forward) cannot shift it.
const clock = (lang: Lang, hour: number, minute: number) =>
  new Intl.DateTimeFormat(localeOf(lang), {
    hour: 'numeric',
    minute: '2-digit',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(2026, 0, 1, hour, minute)));

/** The weekday and time of a schedule, as the `weekly` string wants them. */
export const weeklyParts = (
  schedule: Pick<Schedule, 'day' | 'hour' | 'minute'>,
  lang: Lang,
): [day: string, time: string] => [
  weekday(lang, schedule.day),
  clock(lang, schedule.hour, schedule.minute),
];

/** "Monday, November 30 at 9:00 a.m." / "lundi 30 novembre à 9 h 00", in `timeZone`. */
export const postDate = (date: Date, lang: Lang, timeZone: string): string =>
  new Intl.DateTimeFormat(localeOf(lang), {
    weekday: 'long',
    month: 'long',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
  }).format(date);

/**
 * "Eastern Time (America/Toronto)" / "heure de l'Est (America/Toronto)"; the IANA name alone when
 * Intl has no name for the zone but an offset ("GMT+00:00" for UTC).
 */
export function zoneName(timeZone: string, lang: Lang, at: Date): string {
  const name = new Intl.DateTimeFormat(localeOf(lang), { timeZoneName: 'longGeneric', timeZone })
    .formatToParts(at)
    .find((part) => part.type === 'timeZoneName')?.value;
  if (!name || /^(GMT|UTC)/.test(name)) return timeZone;
  // The tool's French writes the straight apostrophe; Intl gives the typographic one.
  return `${name.replaceAll('’', "'")} (${timeZone})`;
}
