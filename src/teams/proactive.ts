// Messages sent outside a turn (the weekly scenario), through the stored conversation reference.
import type { ProactiveSender, Reply } from '../app/contract.js';
import { replyActivities } from './activities.js';
import type { HostAdapter } from './adapter.js';

/** Why a proactive send failed, as the scheduler needs it: blocked (403) stops the schedule. */
export class SendError extends Error {
  override readonly name = 'SendError';
  constructor(
    readonly code: 'blocked' | 'throttled' | 'failed',
    readonly status: number | undefined,
  ) {
    super(`Proactive send failed: ${code}${status ? ` (HTTP ${status})` : ''}`);
  }
}

const statusOf = (error: unknown): number | undefined => {
  const e = error as { statusCode?: unknown; response?: { status?: unknown } };
  const status = e.statusCode ?? e.response?.status;
  return typeof status === 'number' ? status : undefined;
};

export function createProactiveSender(
  adapter: HostAdapter,
  appId: string | undefined,
): ProactiveSender {
  return {
    async send(reference, reply: Reply) {
      const [activity] = replyActivities([reply]);
      if (!activity) throw new SendError('failed', undefined);
      let id = '';
      try {
        await adapter.continueConversationAsync(appId ?? '', reference, async (ctx) => {
          id = (await ctx.sendActivity(activity))?.id ?? '';
        });
      } catch (error) {
        const status = statusOf(error);
        throw new SendError(
          status === 403 ? 'blocked' : status === 429 ? 'throttled' : 'failed',
          status,
        );
      }
      return { id };
    },
  };
}
