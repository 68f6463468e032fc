// Builds the bot from configuration: storage → keys → catalogue → matcher → features → bot.
// Shared by the server entry point and by tests, so both run exactly the same wiring.
import { createBot } from './features/bot.js';
import type { Bot, ProactiveSender } from './contract/activities.js';
import { createConversations } from './conversations/conversations.js';
import { memoryFeedback, type FeedbackRecorder } from './features/qa/feedback.js';
import { languagePreferences } from './features/language/language.js';
import type { TeamContext } from './features/team/team-context.js';
import { createQa } from './features/qa/qa.js';
import { createFeatures } from './features/registry.js';
import { scenarioReply } from './features/scenario/scenario.js';
import type { Config } from './config/config.js';
import { withAddition } from './guidance/extend.js';
import { loadCatalogue } from './guidance/load.js';
import type { Catalogue } from './guidance/types.js';
import { createMatcher } from './matching/matcher.js';
import { createKeyHasher } from './privacy/keys.js';
import { loadOrCreateLocalSecret } from './privacy/local-secret.js';
import { createQuizService } from './features/quiz/service.js';
import { timeUpReply } from './features/quiz/replies.js';
import { quizStagePage, STAGE_PAGE } from './features/quiz/stage.js';
import { createQuizTimer, type QuizTimer } from './features/quiz/timer.js';
import type { Logger } from './util/logger.js';
import {
  createScheduler,
  createScheduleStore,
  type Scheduler,
  type SchedulerOptions,
} from './features/schedule/index.js';
import { loadScenarios } from './scenarios/load.js';
import { createLocalStorage } from './storage/create.js';
import type { Storage } from './storage/storage.js';
import { loadSupportProfile } from './organization/profile.js';
import { countMatches, feedbackWithUsage } from './features/qa/usage-hooks.js';
import { createUsageRecorder, type UsageRecorder } from './usage/recorder.js';

export interface Services {
  readonly catalogue: Catalogue;
  readonly storage: Storage;
  readonly feedback: FeedbackRecorder;
  readonly bot: Bot;
  /** Anonymous usage counts (src/usage/): the host starts its flushing and stops it on shutdown. */
  readonly usage: UsageRecorder;
  /** The weekly scheduler, once the Teams host can send proactively. */
  scheduler(
    sender: ProactiveSender,
    options?: Pick<SchedulerOptions, 'checkpoint' | 'logger'> & { now?: () => Date },
  ): Scheduler;
  /** Closes timed quiz questions and posts their results, once the host can send proactively. */
  quizTimer(sender: ProactiveSender, options?: { logger?: Logger }): QuizTimer;
}

export type ServiceConfig = Pick<
  Config,
  'supportProfile' | 'storage' | 'dataDir' | 'userKeySecret' | 'blob' | 'localMode'
> &
  Partial<Pick<Config, 'keepUnmatchedQuestions'>>;

/**
 * `storage` defaults to the configured memory or file store; the blob store is opened
 * asynchronously (`await createStorage(config)`, see src/index.ts) and passed in.
 */
export function createServices(
  config: ServiceConfig,
  storage: Storage = createLocalStorage(config),
): Services {
  const supportProfile = config.supportProfile
    ? loadSupportProfile(config.supportProfile)
    : undefined;
  // Scenarios are checked against the guidance alone: none may lean on one department's reminder.
  const guidance = loadCatalogue();
  const scenarios = loadScenarios(guidance);
  const catalogue = withAddition(guidance, supportProfile?.reminder);
  const hasher = createKeyHasher(config.userKeySecret ?? loadOrCreateLocalSecret(config.dataDir));
  const conversations = createConversations(storage, hasher);
  const schedules = createScheduleStore(storage);
  const quizDeps = { storage, scenarios };
  const quizzes = createQuizService(quizDeps);
  const ctx: TeamContext = {
    hasher,
    conversations,
    catalogue,
    entraIdRequired: config.localMode === false,
  };
  const usage = createUsageRecorder({
    storage,
    keepUnmatchedQuestions: config.keepUnmatchedQuestions ?? false,
  });
  const feedback = feedbackWithUsage(memoryFeedback(), usage);
  const qa = createQa({
    catalogue,
    matcher: createMatcher(catalogue),
    feedback,
    supportProfile,
    onMatched: countMatches(usage),
  });
  const languages = languagePreferences(ctx, storage);
  const features = createFeatures(ctx, { storage, scenarios, quizzes, schedules, languages });
  const referenceRefreshed = (key: string, reference: Readonly<Record<string, unknown>>) =>
    schedules.touchReference(key, reference);
  const bot = {
    ...createBot({
      qa,
      features: features.list,
      conversations,
      forget: (key) => features.forgetConversation(key),
      referenceRefreshed,
      localeFor: (turn) => languages.localeFor(turn),
    }),
    // The quiz question shown on a meeting's stage (features/quiz/stage.ts).
    stagePage: (page: string, query: Readonly<Record<string, string>>) =>
      page === STAGE_PAGE ? quizStagePage(quizzes, query) : undefined,
  };
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return {
    catalogue,
    storage,
    feedback,
    bot,
    usage,
    scheduler: (sender, options = {}) =>
      createScheduler({
        storage,
        clock: { now: options.now ?? (() => new Date()) },
        scenarios: scenarios.map((s) => s.id),
        logger: options.logger,
        ...(options.checkpoint ? { checkpoint: options.checkpoint } : {}),
        post: async (schedule, scenarioId) => {
          const reply = scenarioReply(ctx, byId.get(scenarioId)!, schedule.lang);
          const { id } = await sender.send(schedule.reference as Record<string, unknown>, reply);
          return { messageId: id };
        },
      }),
    quizTimer: (sender, options = {}) =>
      createQuizTimer({
        deps: quizDeps,
        logger: options.logger,
        post: async (quiz, question) => {
          const reply = await timeUpReply(quizzes, quiz, question);
          // Rejections are logged by the timer (no content, no names).
          if (!quiz.reference) throw new Error('the quiz has no conversation reference');
          if (reply) await sender.send(quiz.reference, reply);
        },
      }),
  };
}
