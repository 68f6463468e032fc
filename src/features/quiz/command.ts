// Recognises the command that starts a quiz (the bot's @mention already removed by the host):
// "quiz", "quiz 4", "questionnaire 5", and with a time per question: "quiz 4 60s", "quiz 4 1 min",
// "quiz 2 min", "questionnaire 4 90 secondes". "questionnaire" is French; "quiz" is used in both
// languages, so it leaves the language to the conversation's.
import type { Lang } from '../../guidance/types.js';
import { TIME_LIMIT } from './types.js';

export interface QuizCommand {
  /** As typed; startQuiz clamps it to 3..5. */
  readonly count?: number;
  readonly lang?: Lang;
  /** Seconds per question, clamped to TIME_LIMIT; absent (or 0) means no limit. */
  readonly timeLimitSec?: number;
}

/** "4" questions, then a time: digits and a unit (none after a count means seconds). */
const COMMAND =
  /^(quiz|questionnaire)(?:\s+(\d{1,2}))?(?:\s+(\d{1,4})\s*(s|secs?|seconds?|secondes?|mins?|minutes?)?)?$/i;

/** Seconds for an amount and a unit; a bare number after the count ("quiz 4 60") is seconds. */
function seconds(amount: string, unit: string | undefined): number | undefined {
  const value = Number(amount) * (unit && /^min/i.test(unit) ? 60 : 1);
  if (value === 0) return undefined;
  return Math.min(TIME_LIMIT.max, Math.max(TIME_LIMIT.min, value));
}

export function parseQuizCommand(text: string): QuizCommand | undefined {
  const match = COMMAND.exec(
    text
      .trim()
      .replace(/[.!]+$/, '')
      .trim(),
  );
  if (!match) return undefined;
  const [, word, digits, amount, unit] = match;
  // "quiz 60" is a count (clamped to 5), as before time limits existed; "quiz 60s" is a time.
  const timeLimitSec = amount === undefined ? undefined : seconds(amount, unit);
  if (amount !== undefined && digits === undefined && unit === undefined) return undefined;
  return {
    ...(digits ? { count: Number(digits) } : {}),
    ...(word?.toLowerCase() === 'questionnaire' ? { lang: 'fr' as const } : {}),
    ...(timeLimitSec !== undefined ? { timeLimitSec } : {}),
  };
}
