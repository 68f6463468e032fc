// A quiz service over a JitterStorage and the test scenarios, with a clock the test can move.
import { createQuizService, type QuizService } from '../../../src/features/quiz/service.js';
import type { QuizDeps } from '../../../src/features/quiz/deps.js';
import type { QuizRecord, QuizStarter } from '../../../src/features/quiz/types.js';
import type { Lang } from '../../../src/guidance/types.js';
import { JitterStorage } from './jitter-storage.js';
import { SCENARIOS } from './scenarios.js';

export const CONV = 'conv_AbC-123';
export const STARTER: QuizStarter = { name: 'Dana Manager', personKey: 'starterKey000001' };
export const person = (i: number): string => `person${String(i).padStart(4, '0')}`;

export interface Harness {
  readonly storage: JitterStorage;
  readonly deps: QuizDeps;
  readonly quizzes: QuizService;
  /** Moves the clock forward. */
  advance(ms: number): void;
}

export function harness(): Harness {
  const storage = new JitterStorage();
  let now = Date.parse('2026-11-02T15:00:00Z');
  const deps: QuizDeps = { storage, scenarios: SCENARIOS, now: () => new Date(now) };
  return {
    storage,
    deps,
    quizzes: createQuizService(deps),
    advance: (ms) => {
      now += ms;
    },
  };
}

/** A started quiz (fails the test if one was already open). */
export async function started(
  h: Harness,
  opts: { count?: number; lang?: Lang; conversationKey?: string; timeLimitSec?: number } = {},
): Promise<QuizRecord> {
  const result = await h.quizzes.start({
    conversationKey: opts.conversationKey ?? CONV,
    starter: STARTER,
    lang: opts.lang ?? 'en',
    ...(opts.count !== undefined ? { count: opts.count } : {}),
    ...(opts.timeLimitSec !== undefined
      ? { timeLimitSec: opts.timeLimitSec, reference: { conversation: { id: 'a:chat' } } }
      : {}),
  });
  if (result.kind !== 'started') throw new Error(`expected a new quiz, got ${result.kind}`);
  return result.quiz;
}

/** The correct and a wrong choice of the quiz's question `q`. */
export function choicesOf(h: Harness, quiz: QuizRecord, q: number) {
  const scenario = h.quizzes.scenario(quiz.scenarioIds[q]!)!;
  const wrong = scenario.choices.find((c) => c.id !== scenario.correct)!.id;
  return { scenario, right: scenario.correct, wrong };
}
