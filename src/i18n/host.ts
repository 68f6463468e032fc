// The host's own user-facing words (everything else the user sees comes from the bot).
import type { Lang } from '../guidance/types.js';
import { langOfLocale } from './lang.js';

export interface HostStrings {
  /** Sent when a turn fails; says nothing about the cause. */
  readonly apology: string;
  /** A card action that the host cannot read (no verb, or data that is not an object). */
  readonly invalidAction: string;
  readonly answerRecorded: string;
}

const STRINGS: Readonly<Record<Lang, HostStrings>> = {
  en: {
    apology: 'Sorry, something went wrong. Please try again.',
    invalidAction: 'This action is not valid.',
    answerRecorded:
      'Thanks, your answer was recorded. Update Teams to see your result on the card.',
  },
  fr: {
    apology: "Désolé, une erreur s'est produite. Veuillez réessayer.",
    invalidAction: "Cette action n'est pas valide.",
    answerRecorded:
      'Merci, votre réponse a été enregistrée. Mettez Teams à jour pour voir votre résultat sur la carte.',
  },
};

export const hostStrings = (locale: unknown): HostStrings => STRINGS[langOfLocale(locale)];
