// What the team features say outside their cards, in both languages.
import type { Lang } from '../../guidance/types.js';

export const TEAM_STRINGS: Record<Lang, { quizOnlyInGroups: string; unknownPerson: string }> = {
  en: {
    quizOnlyInGroups:
      'A quiz is for a team: start it in a meeting chat, a group chat or a channel.',
    unknownPerson: 'Teams did not say who you are, so I cannot record this answer.',
  },
  fr: {
    quizOnlyInGroups:
      "Le questionnaire est fait pour une équipe : lancez-le dans la conversation d'une réunion, une conversation de groupe ou un canal.",
    unknownPerson:
      "Teams ne m'a pas indiqué qui vous êtes; je ne peux pas enregistrer cette réponse.",
  },
};
