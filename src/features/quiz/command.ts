// Recognises the command that starts a quiz: "quiz", "quiz 4", "questionnaire", "questionnaire 5"
// (the bot's @mention already removed by the host). "questionnaire" is French; "quiz" is used in
// both languages, so it leaves the language to the conversation's.
import type { Lang } from '../../guidance/types.js';

export interface QuizCommand {
  /** As typed; startQuiz clamps it to 3..5. */
  readonly count?: number;
  readonly lang?: Lang;
}

const COMMAND = /^(quiz|questionnaire)(?:\s+(\d{1,2}))?$/i;

export function parseQuizCommand(text: string): QuizCommand | undefined {
  const match = COMMAND.exec(
    text
      .trim()
      .replace(/[.!]+$/, '')
      .trim(),
  );
  if (!match) return undefined;
  const [, word, digits] = match;
  return {
    ...(digits ? { count: Number(digits) } : {}),
    ...(word?.toLowerCase() === 'questionnaire' ? { lang: 'fr' as const } : {}),
  };
}
