// The words of the schedule card (cards/schedule/schedule.json), in both languages. Dates, times
// and zone names come from Intl in the card's language (cards/when.ts), not from here.
import type { Lang } from '../../guidance/types.js';
import type { ScheduleStatus } from './schedule.js';

export interface ScheduleCardStrings {
  readonly heading: string;
  /** Icon and word, so the state never rests on colour. */
  readonly status: Readonly<Record<ScheduleStatus, string>>;
  readonly labels: {
    readonly status: string;
    readonly when: string;
    readonly next: string;
    readonly skipped: string;
    readonly zone: string;
    readonly changedBy: string;
  };
  /** "Every Monday at 9:00 a.m." */
  readonly weekly: (day: string, time: string) => string;
  /** What "Next post" says when nothing will be posted. */
  readonly noNext: Readonly<Record<'paused' | 'inactive', string>>;
  readonly none: string;
  /** How to start one (no schedule yet), and how to start again (it was just stopped). */
  readonly startHint: string;
  readonly restartHint: string;
  readonly manageNote: string;
  readonly buttons: {
    readonly pause: string;
    readonly resume: string;
    readonly skip: string;
    readonly stop: string;
  };
}

export const SCHEDULE_CARD_STRINGS: Record<Lang, ScheduleCardStrings> = {
  en: {
    heading: '📅 Weekly scenario',
    status: {
      active: '▶️ Active',
      paused: '⏸️ Paused',
      inactive: '⚠️ Stopped: I could not post in this channel',
    },
    labels: {
      status: 'Status: ',
      when: 'When: ',
      next: 'Next post: ',
      skipped: 'Skipped: ',
      zone: 'Time zone: ',
      changedBy: 'Last changed by: ',
    },
    weekly: (day, time) => `Every ${day} at ${time}`,
    noNext: {
      paused: 'None while it is paused',
      inactive: 'None until a team member says "resume"',
    },
    none: 'No weekly scenario is scheduled in this channel.',
    startHint: 'To start one, mention me and write, for example, "schedule weekly Monday 9:00".',
    restartHint:
      'To start it again, mention me and write "schedule weekly" with a day and a time, for example "schedule weekly Monday 9:00".',
    manageNote: 'Team members can use these buttons; guests cannot.',
    buttons: { pause: 'Pause', resume: 'Resume', skip: 'Skip next', stop: 'Stop' },
  },
  fr: {
    heading: '📅 Scénario de la semaine',
    status: {
      active: '▶️ Actif',
      paused: '⏸️ Suspendu',
      inactive: "⚠️ Arrêté\u00a0: je n'ai pas pu publier dans ce canal",
    },
    labels: {
      status: 'État\u00a0: ',
      when: 'Quand\u00a0: ',
      next: 'Prochaine publication\u00a0: ',
      skipped: 'Publication sautée\u00a0: ',
      zone: 'Fuseau horaire\u00a0: ',
      changedBy: 'Dernière modification par\u00a0: ',
    },
    weekly: (day, time) => `Chaque ${day} à ${time}`,
    noNext: {
      paused: 'Aucune tant que la planification est suspendue',
      inactive: "Aucune avant qu'un membre de l'équipe dise «\u00a0reprendre\u00a0»",
    },
    none: "Aucun scénario de la semaine n'est planifié dans ce canal.",
    startHint:
      'Pour en planifier un, mentionnez-moi et écrivez, par exemple, «\u00a0planifier chaque semaine lundi 9 h\u00a0».',
    restartHint:
      "Pour le relancer, mentionnez-moi et écrivez «\u00a0planifier chaque semaine\u00a0» suivi d'un jour et d'une heure, par exemple «\u00a0planifier chaque semaine lundi 9 h\u00a0».",
    manageNote: "Les membres de l'équipe peuvent utiliser ces boutons, mais pas les invités.",
    buttons: {
      pause: 'Suspendre',
      resume: 'Reprendre',
      skip: 'Sauter la prochaine',
      stop: 'Arrêter',
    },
  },
};
