// What the weekly-scenario commands say back, in both languages. `who` is the person's display
// name as Teams gives it: the channel is told who changed its schedule. The card's own words
// (card-strings.ts) and the help for a command that cannot be read (help-strings.ts) are here too.
import type { Lang } from '../../guidance/types.js';
import { postDate } from './cards/when.js';
import { SCHEDULE_CARD_STRINGS, type ScheduleCardStrings } from './card-strings.js';
import { SCHEDULE_HELP_STRINGS, type ScheduleHelpStrings } from './help-strings.js';
import type { LastPost } from './last-post.js';

/** "Monday, November 30 at 9:00 a.m." in the schedule's own time zone. */
const when = (lang: Lang, date: Date, timeZone: string) => postDate(date, lang, timeZone);

export interface ScheduleStrings {
  readonly onlyInChannels: string;
  readonly guestsCannot: string;
  readonly set: (who: string) => string;
  readonly utcAssumed: string;
  readonly unknownZone: string;
  readonly paused: (who: string) => string;
  readonly resumed: (who: string) => string;
  readonly skipped: (who: string) => string;
  readonly stopped: (who: string) => string;
  readonly blockedNote: string;
  /** A button on a card showing an older version of the schedule: nothing was changed. */
  readonly stale: string;
  /** How the last week's scenario went, when it was late or missing. */
  readonly lastPost: (last: LastPost, timeZone: string) => string;
  readonly nothingToDo: Readonly<
    Record<'no-schedule' | 'not-active' | 'already-active' | 'already-skipping', string>
  >;
  readonly busy: string;
  /** Who changed the schedule, when Teams did not give a name. */
  readonly someone: string;
  readonly card: ScheduleCardStrings;
  readonly help: ScheduleHelpStrings;
}

export const SCHEDULE_STRINGS: Record<Lang, ScheduleStrings> = {
  en: {
    onlyInChannels: 'The weekly scenario is scheduled in a team channel: mention me there.',
    guestsCannot: 'Guests cannot change the weekly scenario. Ask a member of the team.',
    set: (who) => `${who} scheduled the weekly scenario.`,
    utcAssumed: 'Teams did not send a time zone, so I used UTC.',
    unknownZone: 'I do not recognise the time zone Teams sent, so nothing was changed.',
    paused: (who) => `${who} paused the weekly scenario.`,
    resumed: (who) => `${who} resumed the weekly scenario.`,
    skipped: (who) => `${who} skipped the next weekly scenario.`,
    stopped: (who) => `${who} stopped the weekly scenario in this channel.`,
    blockedNote:
      'I could not post the last scenario here: I may have been removed or blocked. Say "resume" to try again.',
    lastPost: (last, zone) =>
      last.kind === 'late'
        ? `The scenario for ${when('en', last.scheduledFor, zone)} went out late, at ${when('en', last.sentAt, zone)}.`
        : last.kind === 'retrying'
          ? `Posting the scenario for ${when('en', last.scheduledFor, zone)} failed; I am trying again.`
          : `The scenario for ${when('en', last.scheduledFor, zone)} could not be posted.`,
    nothingToDo: {
      'no-schedule': 'There is no weekly scenario to change in this channel.',
      'not-active': 'The weekly scenario is not active.',
      'already-active': 'The weekly scenario is already active.',
      'already-skipping': 'The next weekly scenario is already set to be skipped.',
    },
    stale: 'This card was out of date, so nothing was changed. Here is the schedule as it is now.',
    busy: 'Someone else is changing the schedule right now. Please try again.',
    someone: 'Someone',
    card: SCHEDULE_CARD_STRINGS.en,
    help: SCHEDULE_HELP_STRINGS.en,
  },
  fr: {
    onlyInChannels:
      "Le scénario de la semaine se planifie dans un canal d'équipe : mentionnez-moi là-bas.",
    guestsCannot:
      "Les invités ne peuvent pas modifier le scénario de la semaine. Demandez à un membre de l'équipe.",
    set: (who) => `${who} a planifié le scénario de la semaine.`,
    utcAssumed: "Teams n'a pas transmis de fuseau horaire; j'ai utilisé UTC.",
    unknownZone: "Je ne reconnais pas le fuseau horaire transmis par Teams; rien n'a été modifié.",
    paused: (who) => `${who} a suspendu le scénario de la semaine.`,
    resumed: (who) => `${who} a repris le scénario de la semaine.`,
    skipped: (who) => `${who} a sauté le prochain scénario de la semaine.`,
    stopped: (who) => `${who} a arrêté le scénario de la semaine dans ce canal.`,
    blockedNote:
      "Je n'ai pas pu publier le dernier scénario ici : j'ai peut-être été retiré ou bloqué. Dites « reprendre » pour réessayer.",
    lastPost: (last, zone) =>
      last.kind === 'late'
        ? `Le scénario du ${when('fr', last.scheduledFor, zone)} a été publié en retard, le ${when('fr', last.sentAt, zone)}.`
        : last.kind === 'retrying'
          ? `La publication du scénario du ${when('fr', last.scheduledFor, zone)} a échoué; je réessaie.`
          : `Le scénario du ${when('fr', last.scheduledFor, zone)} n'a pas pu être publié.`,
    nothingToDo: {
      'no-schedule': "Il n'y a aucun scénario de la semaine à modifier dans ce canal.",
      'not-active': "Le scénario de la semaine n'est pas actif.",
      'already-active': 'Le scénario de la semaine est déjà actif.',
      'already-skipping': 'Il est déjà prévu de sauter le prochain scénario de la semaine.',
    },
    stale:
      "Cette carte n'était plus à jour; rien n'a été modifié. Voici la planification actuelle.",
    busy: "Quelqu'un d'autre modifie la planification en ce moment. Veuillez réessayer.",
    someone: "Quelqu'un",
    card: SCHEDULE_CARD_STRINGS.fr,
    help: SCHEDULE_HELP_STRINGS.fr,
  },
};
