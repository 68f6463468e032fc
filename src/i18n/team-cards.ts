// Every word of the quiz and scenario cards, in English and French. Templates bind to these (or to
// sentences the mappers build from them), so both languages share one layout. Counts and
// percentages are formatted here because each language writes them its own way.
import type { Lang } from '../guidance/types.js';

export type QuizNotice =
  'already-open' | 'not-starter' | 'closed' | 'not-current' | 'unknown-choice' | 'time-up';

export interface QuizStrings {
  /** The card-level fallbackText: what the card is about, and why it cannot be shown. */
  readonly fallbackText: (about: string) => string;
  /** "Question 2 of 3: Amira’s petition" (French sets a space before the colon). */
  readonly titled: (progress: string, title: string) => string;
  /** Shown when Teams gives no display name for the starter. */
  readonly someone: string;
  readonly startedBy: string;
  readonly progress: (n: number, total: number) => string;
  readonly chooseAnswer: string;
  readonly privacy: string;
  readonly starterOnly: string;
  readonly showResults: string;
  readonly next: string;
  readonly close: string;
  readonly refresh: string;
  readonly notices: Readonly<Record<QuizNotice, string>>;
  readonly yourAnswer: (choice: string) => string;
  readonly refused: (choice: string) => string;
  readonly right: string;
  readonly notQuite: string;
  readonly guidanceAnswer: (choice: string) => string;
  readonly explanationHeading: string;
  readonly questionsHeading: string;
  readonly resultsHeading: (n: number) => string;
  readonly answered: (n: number) => string;
  readonly noAnswers: string;
  readonly chosen: (share: number) => string;
  readonly countsOnly: string;
  readonly updateResults: string;
  readonly backToQuestion: string;
  readonly summaryHeading: string;
  readonly participants: (n: number) => string;
  readonly questionLabel: (n: number, title: string) => string;
  readonly questionLine: (answered: number, share: number | null) => string;
  readonly discussHeading: string;
  readonly relatedHeading: string;
  readonly thanks: string;
  /** "You have 1 minute to answer each question." */
  readonly timeLimit: (seconds: number) => string;
  /** On the results posted when a question's time ran out. */
  readonly timeUpResults: string;
  /** A choice's count and share on the results card: "5 (71%)". */
  readonly choiceCount: (count: number, share: number) => string;
  /** The guidance's answer among the results' bars (an icon and words, never colour alone). */
  readonly guidanceChoice: (label: string) => string;
  /** The meeting-stage page, once a choice was sent, and outside Teams. */
  readonly stageSent: string;
  readonly stageUnavailable: string;
}

export interface ScenarioStrings {
  readonly fallbackText: string;
  readonly heading: string;
  readonly chooseAnswer: string;
  readonly discussHeading: string;
  readonly relatedHeading: string;
  readonly verdictHeading: string;
}

/** 0.714 → 71: whole percentages read better in a chat than decimals. */
export const percent = (share: number): number => Math.round(share * 100);

/** 90 → "1 minute 30 seconds" / "1 minute 30 secondes": whole minutes and seconds. */
export function duration(seconds: number, lang: Lang): string {
  const [min, sec] = [Math.floor(seconds / 60), seconds % 60];
  const unit = (n: number, word: string) => `${n} ${word}${n > 1 ? 's' : ''}`;
  const parts = [
    ...(min > 0 ? [unit(min, 'minute')] : []),
    ...(sec > 0 || min === 0 ? [unit(sec, lang === 'fr' ? 'seconde' : 'second')] : []),
  ];
  return parts.join(' ');
}

const en = {
  fallbackText: (about) => `${about}. This card needs a recent version of Microsoft Teams.`,
  titled: (progress, title) => `${progress}: ${title}`,
  someone: 'a team member',
  startedBy: 'Quiz started by ',
  progress: (n, total) => `Question ${n} of ${total}`,
  chooseAnswer: 'Choose your answer. Only you will see it; the team sees counts only.',
  privacy: 'Answers are anonymous: results show counts, never names.',
  starterOnly:
    '“Next question” and “Close quiz” work only for the person who started the quiz. When they choose “Show results”, the results are posted for everyone.',
  showResults: 'Show results',
  next: 'Next question',
  close: 'Close quiz',
  refresh: 'Refresh',
  notices: {
    'already-open':
      'A quiz is already running in this conversation. Here is its current question; you can start a new one once it is closed.',
    'not-starter':
      'Only the person who started the quiz can move to the next question or close it.',
    closed: 'This quiz is closed. Answers are no longer counted.',
    'not-current': 'This question is no longer open. Answers are no longer counted.',
    'unknown-choice': 'That answer is not one of the choices. Please choose again.',
    'time-up': 'Time is up for this question: answers are no longer counted.',
  },
  yourAnswer: (choice) => `Your answer: ${choice}`,
  refused: (choice) => `You already answered: ${choice}. Only your first answer counts.`,
  right: 'Right!',
  notQuite: 'Not quite',
  guidanceAnswer: (choice) => `The guidance’s answer: ${choice}`,
  explanationHeading: 'Why',
  questionsHeading: 'Questions to ask yourself',
  resultsHeading: (n) => `Results for question ${n}`,
  answered: (n) => `${n} answered`,
  noAnswers: 'No answers yet.',
  chosen: (share) => `${percent(share)}% chose the guidance’s answer`,
  countsOnly: 'Counts only: no one’s answer is shown.',
  updateResults: 'Update results',
  backToQuestion: 'Back to the question',
  summaryHeading: 'Quiz summary',
  participants: (n) => (n === 1 ? '1 participant' : `${n} participants`),
  questionLabel: (n, title) => `Question ${n}: ${title}`,
  questionLine: (answered, share) =>
    share === null
      ? 'No answers'
      : `${answered} answered, ${percent(share)}% chose the guidance’s answer`,
  discussHeading: 'To discuss together',
  relatedHeading: 'Read more in the guidance',
  thanks: 'Thank you for taking part!',
  timeLimit: (seconds) => `You have ${duration(seconds, 'en')} to answer each question.`,
  timeUpResults: 'Time is up! Here are the results.',
  choiceCount: (count, share) => `${count} (${percent(share)}%)`,
  guidanceChoice: (label) => `✅ ${label} (the guidance’s answer)`,
  stageSent: 'Your answer was sent. Only you will see your result.',
  stageUnavailable: 'To answer, open the meeting chat.',
} as const satisfies QuizStrings;

/** French puts a narrow no-break space before "%", and agrees "réponse(s)" with the count. */
const fr = {
  fallbackText: (about) =>
    `${about}. Cette carte nécessite une version récente de Microsoft Teams.`,
  titled: (progress, title) => `${progress} : ${title}`,
  someone: "un membre de l'équipe",
  startedBy: 'Questionnaire lancé par ',
  progress: (n, total) => `Question ${n} sur ${total}`,
  chooseAnswer:
    "Choisissez votre réponse. Elle ne sera visible que pour vous; l'équipe ne voit que des totaux.",
  privacy: 'Les réponses sont anonymes : les résultats indiquent des totaux, jamais de noms.',
  starterOnly:
    "« Question suivante » et « Terminer le questionnaire » ne fonctionnent que pour la personne qui a lancé le questionnaire. Lorsqu'elle choisit « Voir les résultats », les résultats sont publiés pour tout le monde.",
  showResults: 'Voir les résultats',
  next: 'Question suivante',
  close: 'Terminer le questionnaire',
  refresh: 'Actualiser',
  notices: {
    'already-open':
      'Un questionnaire est déjà en cours dans cette conversation. Voici sa question actuelle; vous pourrez en lancer un nouveau une fois celui-ci terminé.',
    'not-starter':
      'Seule la personne qui a lancé le questionnaire peut passer à la question suivante ou y mettre fin.',
    closed: 'Ce questionnaire est terminé. Les réponses ne sont plus comptées.',
    'not-current': "Cette question n'est plus ouverte. Les réponses ne sont plus comptées.",
    'unknown-choice': 'Cette réponse ne fait pas partie des choix. Veuillez choisir de nouveau.',
    'time-up': 'Le temps est écoulé pour cette question : les réponses ne sont plus comptées.',
  },
  yourAnswer: (choice) => `Votre réponse : ${choice}`,
  refused: (choice) => `Vous avez déjà répondu : ${choice}. Seule votre première réponse compte.`,
  right: 'Bonne réponse!',
  notQuite: 'Pas tout à fait',
  guidanceAnswer: (choice) => `La réponse selon les lignes directrices : ${choice}`,
  explanationHeading: 'Pourquoi',
  questionsHeading: 'Questions à se poser',
  resultsHeading: (n) => `Résultats de la question ${n}`,
  answered: (n) => (n <= 1 ? `${n} réponse` : `${n} réponses`),
  noAnswers: "Aucune réponse pour l'instant.",
  chosen: (share) => `${percent(share)}\u202f% ont choisi la réponse des lignes directrices`,
  countsOnly: "Totaux seulement : aucune réponse individuelle n'est affichée.",
  updateResults: 'Mettre à jour',
  backToQuestion: 'Retour à la question',
  summaryHeading: 'Bilan du questionnaire',
  participants: (n) => (n <= 1 ? `${n} participant` : `${n} participants`),
  questionLabel: (n, title) => `Question ${n} : ${title}`,
  questionLine: (answered, share) =>
    share === null
      ? 'Aucune réponse'
      : `${answered <= 1 ? `${answered} réponse` : `${answered} réponses`}, ${percent(share)}\u202f% ont choisi la réponse des lignes directrices`,
  discussHeading: 'À discuter ensemble',
  relatedHeading: 'En savoir plus dans les lignes directrices',
  thanks: "Merci d'avoir participé!",
  timeLimit: (seconds) => `Vous avez ${duration(seconds, 'fr')} pour répondre à chaque question.`,
  timeUpResults: 'Le temps est écoulé! Voici les résultats.',
  choiceCount: (count, share) => `${count} (${percent(share)}\u202f%)`,
  guidanceChoice: (label) => `✅ ${label} (la réponse des lignes directrices)`,
  stageSent: 'Votre réponse a été envoyée. Votre résultat ne sera visible que pour vous.',
  stageUnavailable: 'Pour répondre, ouvrez la conversation de la réunion.',
} as const satisfies QuizStrings;

export const QUIZ_STRINGS: Readonly<Record<Lang, QuizStrings>> = { en, fr };

export const SCENARIO_STRINGS: Readonly<Record<Lang, ScenarioStrings>> = {
  en: {
    fallbackText: 'What would you do? This card needs a recent version of Microsoft Teams.',
    heading: 'What would you do?',
    chooseAnswer: 'Choose your answer: only you will see the result.',
    discussHeading: 'To discuss with your team',
    relatedHeading: 'Read more in the guidance',
    verdictHeading: 'In the guidance, this example is:',
  },
  fr: {
    fallbackText: 'Que feriez-vous? Cette carte nécessite une version récente de Microsoft Teams.',
    heading: 'Que feriez-vous?',
    chooseAnswer: 'Choisissez votre réponse : le résultat ne sera visible que pour vous.',
    discussHeading: 'À discuter avec votre équipe',
    relatedHeading: 'En savoir plus dans les lignes directrices',
    verdictHeading: 'Selon les lignes directrices, cet exemple est :',
  },
};
