// Reading quiz card data defensively: it comes back from a client (or an old client's
// Action.Submit) and can be anything. Returns ids only; the domain checks they exist.
import { isQuizId } from './keys.js';

export interface QuizActionData {
  readonly quizId: string;
  /** Question index, when the card sent one. */
  readonly question?: number;
  /** Choice id, for quiz.answer. */
  readonly choice?: string;
}

const CHOICE = /^[A-Za-z0-9_-]{1,64}$/;

/** Numbers arrive as numbers from Action.Execute; accept digit strings too, for older clients. */
function index(value: unknown): number | undefined {
  const n = typeof value === 'string' && /^\d{1,2}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 && n < 100 ? n : undefined;
}

export function quizActionData(
  data: Readonly<Record<string, unknown>>,
): QuizActionData | undefined {
  if (!isQuizId(data.quizId)) return undefined;
  const question = index(data.question);
  const choice =
    typeof data.choice === 'string' && CHOICE.test(data.choice) ? data.choice : undefined;
  return {
    quizId: data.quizId,
    ...(question !== undefined ? { question } : {}),
    ...(choice !== undefined ? { choice } : {}),
  };
}
