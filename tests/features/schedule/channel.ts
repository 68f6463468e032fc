// A team channel over the real Teams protocol for the schedule card's tests: the real bot behind the
// real host, a stub Bot Connector, a team member and a guest. Messages @mention the bot; clicks are
// adaptiveCard/action invokes.
import { expect } from 'vitest';
import type { Schedule } from '../../../src/features/schedule/schedule.js';
import { cardAction, mentionMessage } from '../../helpers/activities.js';
import { cardOfActivity } from '../../helpers/card-query.js';
import { person, startBotHost, type BotHost } from '../../helpers/in-process.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';
import { cardProblems } from '../../cards/card-problems.js';

export const CHANNEL = '19:schedule-card@thread.tacv2';
export const manager = person(7, 'Kateri Manager');
export const guest = { ...person(9, 'Guest Person'), userRole: 'guest' as const };

type Extra = Record<string, unknown>;
type Card = Record<string, unknown>;

export interface Channel {
  readonly host: BotHost;
  readonly stub: StubConnector;
  /** Sends an @mention; returns the one card the bot posted (checked valid for Teams). */
  say(text: string, extra?: Extra): Promise<Card>;
  click(verb: string, data: unknown, extra?: Extra): ReturnType<BotHost['send']>;
  /** The channel's stored schedule, straight from storage. */
  stored(): Promise<Schedule | undefined>;
  close(): Promise<void>;
}

export async function openChannel(): Promise<Channel> {
  const stub = await startStubConnector();
  stub.members = [manager, guest];
  const host = await startBotHost();
  const opts = (extra: Extra = {}) => ({
    serviceUrl: stub.serviceUrl,
    conversationType: 'channel' as const,
    conversationId: CHANNEL,
    from: manager,
    localTimezone: 'America/Toronto',
    ...extra,
  });
  return {
    host,
    stub,
    async say(text, extra) {
      stub.clear();
      await host.send(mentionMessage(text, opts(extra)));
      const replies = [...(await stub.waitFor(1))];
      expect(replies).toHaveLength(1);
      stub.clear();
      const card = cardOfActivity(replies[0]!.activity);
      expect(cardProblems(card)).toEqual([]);
      return card;
    },
    click: (verb, data, extra) => host.send(cardAction(verb, data, opts(extra))),
    async stored() {
      const [key] = await host.services.storage.list('schedule/');
      return key ? ((await host.services.storage.read(key))?.value as Schedule) : undefined;
    },
    async close() {
      await host.close();
      await stub.close();
    },
  };
}
