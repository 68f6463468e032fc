// Builds the bot's services from configuration: catalogue → matcher → support profile → bot.
// Shared by the server entry point and by tests, so both run exactly the same wiring.
import { createGuidanceBot } from './app/guidance-bot.js';
import type { GuidanceBot } from './app/contract.js';
import { memoryFeedback, type FeedbackRecorder } from './app/feedback.js';
import type { Config } from './config.js';
import { loadCatalogue } from './guidance/load.js';
import type { Catalogue } from './guidance/types.js';
import { createMatcher } from './matching/matcher.js';
import { loadSupportProfile } from './support/profile.js';

export interface Services {
  readonly catalogue: Catalogue;
  readonly feedback: FeedbackRecorder;
  readonly bot: GuidanceBot;
}

export function createServices(config: Pick<Config, 'supportProfile'>): Services {
  const catalogue = loadCatalogue();
  const matcher = createMatcher(catalogue);
  const supportProfile = config.supportProfile
    ? loadSupportProfile(config.supportProfile)
    : undefined;
  const feedback = memoryFeedback();
  const bot = createGuidanceBot({ catalogue, matcher, feedback, supportProfile });
  return { catalogue, feedback, bot };
}
