// Builds the bot from configuration: storage → keys → catalogue → matcher → features → bot.
// Shared by the server entry point and by tests, so both run exactly the same wiring.
import { createBot } from './features/bot.js';
import type { Bot, ProactiveSender } from './contract/activities.js';
import { createConversations } from './conversations/conversations.js';
import { memoryFeedback, type FeedbackRecorder } from './features/qa/feedback.js';
import { languagePreferences } from './features/language/language.js';
import type { TeamContext } from './features/team/team-context.js';
import { servedQa } from './features/qa/served.js';
import { createFeatures } from './features/registry.js';
import { scenarioReply } from './features/scenario/scenario.js';
import type { Config } from './config/config.js';
import { loadCatalogue } from './guidance/load.js';
import type { Catalogue } from './guidance/types.js';
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
import { createProfileSource, type ProfileSource } from './organization/profile-source.js';
import { countMatches, feedbackWithUsage } from './features/qa/usage-hooks.js';
import { createUsageRecorder, type UsageRecorder } from './usage/recorder.js';

export interface Services {
  /** The catalogue served now: the guidance plus the reminder of the profile in force. */
  readonly catalogue: Catalogue;
  readonly storage: Storage;
  readonly feedback: FeedbackRecorder;
  readonly bot: Bot;
  /** Anonymous usage counts (src/usage/): the host starts its flushing and stops it on shutdown. */
  readonly usage: UsageRecorder;
  /**
   * The organization profile in force (SUPPORT_PROFILE, or the one a content owner stored): the
   * entry point reloads it at start, every PROFILE_RELOAD_MINUTES and on SIGHUP.
   */
  readonly profile: ProfileSource;
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

export interface ServiceOptions {
  /** Where the profile's reloads are logged (applied, refused with its problems). */
  readonly logger?: Logger;
}

/**
 * `storage` defaults to the configured memory or file store; the blob store is opened
 * asynchronously (`await createStorage(config)`, see src/index.ts) and passed in.
 */
export function createServices(
  config: ServiceConfig,
  storage: Storage = createLocalStorage(config),
  options: ServiceOptions = {},
): Services {
  const configured = config.supportProfile ? loadSupportProfile(config.supportProfile) : undefined;
  // Scenarios are checked against the guidance alone: none may lean on one department's reminder.
  const guidance = loadCatalogue();
  const scenarios = loadScenarios(guidance);
  const profile = createProfileSource({ configured, storage, guidance, logger: options.logger });
  const hasher = createKeyHasher(config.userKeySecret ?? loadOrCreateLocalSecret(config.dataDir));
  const conversations = createConversations(storage, hasher);
  const schedules = createScheduleStore(storage);
  const quizDeps = { storage, scenarios };
  const quizzes = createQuizService(quizDeps);
  const usage = createUsageRecorder({
    storage,
    keepUnmatchedQuestions: config.keepUnmatchedQuestions ?? false,
  });
  const feedback = feedbackWithUsage(memoryFeedback(), usage);
  // Every turn reads the profile in force; a new one is built for at once, so no turn waits for it.
  const qa = servedQa({
    guidance,
    profile: () => profile.current(),
    feedback,
    onMatched: countMatches(usage),
  });
  profile.onChange(() => qa.refresh());
  const ctx: TeamContext = {
    hasher,
    conversations,
    get catalogue() {
      return qa.catalogue();
    },
    entraIdRequired: config.localMode === false,
  };
  const languages = languagePreferences(ctx, storage);
  const features = createFeatures(ctx, { storage, scenarios, quizzes, schedules, languages });
  const referenceRefreshed = (key: string, reference: Readonly<Record<string, unknown>>) =>
    schedules.touchReference(key, reference);
  const bot = {
    ...createBot({
      qa: qa.bot,
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
    get catalogue() {
      return qa.catalogue();
    },
    storage,
    feedback,
    bot,
    usage,
    profile,
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
