// The one list of the bot's features beyond answering questions, in the order they are asked to
// claim a message, and what removing the bot from a conversation deletes: each feature's data for
// it (Feature.forgetConversation), then the conversation's own record.
import type { Feature } from '../contract/feature.js';
import type { Scenario } from '../scenarios/types.js';
import type { Storage } from '../storage/storage.js';
import type { LanguagePreferences } from './language/language.js';
import { quizFeature } from './quiz/feature.js';
import type { QuizService } from './quiz/service.js';
import { scenarioFeature } from './scenario/scenario.js';
import { scheduleFeature } from './schedule/feature.js';
import type { ScheduleStore } from './schedule/index.js';
import type { TeamContext } from './team/team-context.js';

export interface FeatureParts {
  readonly storage: Storage;
  readonly scenarios: readonly Scenario[];
  readonly quizzes: QuizService;
  readonly schedules: ScheduleStore;
  readonly languages: LanguagePreferences;
}

export interface Features {
  readonly list: readonly Feature[];
  /** Deletes everything stored for a conversation (its hashed key). */
  forgetConversation(conversationKey: string): Promise<void>;
}

export function createFeatures(ctx: TeamContext, parts: FeatureParts): Features {
  const list = [
    parts.languages.feature,
    quizFeature(ctx, parts.quizzes),
    scenarioFeature(ctx, { storage: parts.storage, scenarios: parts.scenarios }),
    scheduleFeature({ schedules: parts.schedules, conversations: ctx.conversations }),
  ];
  return {
    list,
    async forgetConversation(key) {
      for (const feature of list) await feature.forgetConversation?.(key);
      await ctx.conversations.forget(key);
    },
  };
}
