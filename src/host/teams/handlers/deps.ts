// What every activity handler may use.
import type { Bot } from '../../../contract/activities.js';
import type { Logger } from '../../../util/logger.js';
import type { RecentKeys } from '../../../util/recent-keys.js';
import type { StageOptions } from '../meeting-stage.js';

export interface HandlerDeps {
  readonly bot: Bot;
  readonly logger: Logger;
  /** Conversations welcomed recently, so one installation gets one welcome. */
  readonly welcomed: RecentKeys;
  /** The meeting stage (the bot's public address): absent, meeting chats get no stage notices. */
  readonly stage?: StageOptions;
}
