// Closes questions whose time ran out and posts their results for everyone, once. sweep() is the
// whole algorithm and is safe to run often, from several instances at once and after a restart:
// the deadline is on the quiz record, and the If-Match claim (reveal.ts) decides who posts. start()
// runs it at once (questions that ran out while no instance was up) and then every few seconds.
import type { Logger } from '../../util/logger.js';
import type { QuizDeps } from './deps.js';
import { refOfTimerKey, TIMERS_PREFIX } from './keys.js';
import { readQuiz } from './records.js';
import { claimTimeUp } from './reveal.js';
import { STALE_AFTER_MS } from './start.js';
import { timeIsUp } from './time-limit.js';
import type { QuizRecord } from './types.js';

/** A time limit is at least 10 s: a question closes within half of that of its deadline. */
export const SWEEP_INTERVAL_MS = 5_000;

export interface QuizTimerOptions {
  readonly deps: QuizDeps;
  /** Posts the results of `question` for everyone; a rejection is logged, never retried. */
  readonly post: (quiz: QuizRecord, question: number) => Promise<void>;
  readonly logger?: Pick<Logger, 'warn'>;
  readonly intervalMs?: number;
}

export interface QuizTimer {
  /** Posts the results of every question whose time is up at `now`; returns how many it posted. */
  sweep(now?: Date): Promise<number>;
  start(): void;
  stop(): void;
}

const errorName = (error: unknown) => (error instanceof Error ? error.name : typeof error);

export function createQuizTimer(options: QuizTimerOptions): QuizTimer {
  const { deps, post, logger } = options;
  const clock = () => deps.now?.() ?? new Date();

  /** One timed quiz: true when this call posted its results. Keys of quizzes over are deleted. */
  async function check(key: string, now: Date): Promise<boolean> {
    const ref = refOfTimerKey(key);
    const item = ref && (await readQuiz(deps, ref));
    const quiz = item?.value;
    const over =
      !quiz ||
      quiz.status !== 'open' ||
      !quiz.deadline ||
      now.getTime() - Date.parse(quiz.startedAt) > STALE_AFTER_MS;
    if (over || !item) {
      await deps.storage.delete(key);
      return false;
    }
    if (quiz.timedOut === quiz.current || !timeIsUp(quiz, quiz.current, now)) return false;
    const claimed = await claimTimeUp(deps, item);
    if (!claimed) return false; // changed meanwhile: the next sweep looks again
    await post(claimed, claimed.current).catch((error: unknown) =>
      logger?.warn(
        { conversationKey: claimed.conversationKey, err: { name: errorName(error) } },
        'quiz time-up results not posted',
      ),
    );
    return true;
  }

  async function sweep(now = clock()): Promise<number> {
    let posted = 0;
    for (const key of await deps.storage.list(TIMERS_PREFIX)) {
      try {
        if (await check(key, now)) posted += 1;
      } catch (error) {
        // Storage trouble with one quiz must not stop the others.
        logger?.warn({ err: { name: errorName(error) } }, 'quiz timer check failed');
      }
    }
    return posted;
  }

  let timer: NodeJS.Timeout | undefined;
  let running = false;
  const tick = () => {
    if (running) return;
    running = true;
    void sweep()
      .catch((error: unknown) =>
        logger?.warn({ err: { name: errorName(error) } }, 'quiz timer sweep failed'),
      )
      .finally(() => (running = false));
  };
  return {
    sweep,
    start() {
      if (timer) return;
      tick();
      timer = setInterval(tick, options.intervalMs ?? SWEEP_INTERVAL_MS);
      timer.unref();
    },
    stop() {
      clearInterval(timer);
      timer = undefined;
    },
  };
}
