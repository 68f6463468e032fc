// The closing summary: per question asked, how many answered and the share that chose the
// guidance's answer; and how many people took part. Counts only, never who.
import type { QuizDeps } from './deps.js';
import { answersPrefix } from './keys.js';
import { tally } from './tally.js';
import type { QuestionSummary, QuizRecord, QuizSummary } from './types.js';

/** Questions up to the current one were asked; a quiz closed early never showed the rest. */
export async function summarize(deps: QuizDeps, quiz: QuizRecord): Promise<QuizSummary> {
  const asked = quiz.scenarioIds.slice(0, quiz.current + 1);
  const questions: QuestionSummary[] = [];
  for (const [question, scenarioId] of asked.entries()) {
    const counts = await tally(deps, { ...quiz, question });
    questions.push({
      scenarioId,
      answered: counts?.answered ?? 0,
      correctShare: counts?.correctShare ?? null,
    });
  }
  // Keys end in /a/<question>/<personKey>: the distinct last segments are the participants.
  const keys = await deps.storage.list(answersPrefix(quiz));
  const people = new Set(keys.map((key) => key.slice(key.lastIndexOf('/') + 1)));
  return { questions, participants: people.size };
}
