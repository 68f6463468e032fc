// What the bot says when a schedule command cannot be read: what was wrong, then every accepted
// form with an example, in both languages. Every example here is a command command.ts accepts
// (tests/features/schedule/command.test.ts checks it).
import type { Lang } from '../../guidance/types.js';
import type { InvalidReason } from './command.js';

export interface AcceptedForm {
  /** What to type after mentioning the bot. */
  readonly example: string;
  /** What it does. */
  readonly meaning: string;
}

export interface ScheduleHelpStrings {
  readonly title: string;
  /** What was wrong; `found` is the words at fault (empty for a missing day or time). */
  readonly problems: Readonly<Record<InvalidReason, (found: string) => string>>;
  readonly acceptedHeading: string;
  readonly forms: readonly AcceptedForm[];
  readonly days: string;
  readonly times: string;
}

export const SCHEDULE_HELP_STRINGS: Record<Lang, ScheduleHelpStrings> = {
  en: {
    title: '⚠️ I could not read that schedule',
    problems: {
      'missing-day': () => 'The day is missing: give the day first, then the time.',
      'unknown-day': (found) => `"${found}" is not a day of the week.`,
      'missing-time': () => 'The time is missing: give a time after the day.',
      'invalid-time': (found) =>
        `"${found}" is not a time of day: hours go from 0 to 23 and minutes from 00 to 59, or from 1 to 12 with am or pm.`,
      'extra-words': (found) =>
        `I did not understand "${found}": give one day and one time, nothing else.`,
    },
    acceptedHeading: 'Mention me, then write one of these:',
    forms: [
      { example: 'schedule weekly Monday 9:00', meaning: 'every Monday at 9:00 a.m.' },
      { example: 'schedule Friday 2:30 pm', meaning: 'every Friday at 2:30 p.m.' },
      { example: 'schedule weekly Wed 14:30', meaning: 'every Wednesday at 2:30 p.m.' },
      { example: 'schedule', meaning: 'show the schedule and its buttons' },
      { example: 'pause · resume · skip next · stop', meaning: 'change the schedule' },
    ],
    days: 'Days: Monday to Sunday, or Mon, Tue, Wed, Thu, Fri, Sat, Sun.',
    times: 'Times: 9, 9:00, 14:30, 9am or 2:30 pm, in your Teams time zone.',
  },
  fr: {
    title: "⚠️ Je n'ai pas pu lire cette planification",
    problems: {
      'missing-day': () => "Il manque le jour\u00a0: indiquez d'abord le jour, puis l'heure.",
      'unknown-day': (found) => `«\u00a0${found}\u00a0» n'est pas un jour de la semaine.`,
      'missing-time': () => "Il manque l'heure\u00a0: indiquez-la après le jour.",
      'invalid-time': (found) =>
        `«\u00a0${found}\u00a0» n'est pas une heure valide\u00a0: les heures vont de 0 à 23 et les minutes, de 00 à 59.`,
      'extra-words': (found) =>
        `Je n'ai pas compris «\u00a0${found}\u00a0»\u00a0: indiquez un seul jour et une seule heure.`,
    },
    acceptedHeading: "Mentionnez-moi, puis écrivez l'une de ces commandes\u00a0:",
    forms: [
      { example: 'planifier chaque semaine lundi 9 h', meaning: 'chaque lundi à 9 h' },
      { example: 'planifier vendredi 14 h 30', meaning: 'chaque vendredi à 14 h 30' },
      { example: 'horaire mer 8 h 30', meaning: 'chaque mercredi à 8 h 30' },
      { example: 'planifier', meaning: 'afficher la planification et ses boutons' },
      {
        example: 'suspendre · reprendre · sauter la prochaine · arrêter',
        meaning: 'modifier la planification',
      },
    ],
    days: 'Jours\u00a0: lundi à dimanche, ou lun, mar, mer, jeu, ven, sam, dim.',
    times:
      'Heures\u00a0: 9 h, 9 h 30 ou 14 h 30 (de 0 h à 23 h 59), selon votre fuseau horaire dans Teams.',
  },
};
