// The anonymous tally of one question: counts per choice and the share that chose the guidance's
// answer. Only answer values are read; the person keys in the record names never leave here, and
// there is no leaderboard: nothing is ever counted per person.
import type { Scenario } from '../../scenarios/types.js';
import { scenarioAt } from './answer.js';
import type { QuizDeps } from './deps.js';
import { questionPrefix } from './keys.js';
import { readAll } from './read-all.js';
import { readQuiz } from './records.js';
import type { AnswerRecord, QuizRef, Tally } from './types.js';

export interface TallyInput extends QuizRef {
  readonly question: number;
}

/** Counts answers to `scenario`; choices the scenario does not have are not counted. */
export function countAnswers(scenario: Scenario, answers: readonly AnswerRecord[]): Tally {
  const byChoice: Record<string, number> = {};
  for (const choice of scenario.choices) byChoice[choice.id] = 0;
  let answered = 0;
  for (const { choice } of answers) {
    if (byChoice[choice] === undefined) continue;
    byChoice[choice] += 1;
    answered += 1;
  }
  const correct = byChoice[scenario.correct] ?? 0;
  return { answered, byChoice, correctShare: answered === 0 ? null : correct / answered };
}

/** The tally, or undefined when the quiz or the question does not exist. */
export async function tally(deps: QuizDeps, input: TallyInput): Promise<Tally | undefined> {
  const quiz = (await readQuiz(deps, input))?.value;
  const scenario = quiz && scenarioAt(deps, quiz, input.question);
  if (!scenario) return undefined;
  const keys = await deps.storage.list(questionPrefix(input, input.question));
  return countAnswers(scenario, await readAll<AnswerRecord>(deps.storage, keys));
}
