// The weekly post survives kill -9. Two real bot processes on one store (the file store in one
// folder, and Azure Blob on Azurite), one stub Bot Connector: process A claims the week's slot and
// is killed with SIGKILL at each step of its post; process B ticks after A's lease ran out. The
// channel gets its scenario exactly once, late, except in the one window the design documents
// (src/features/schedule/lease.ts): A died after Teams took its card and before A recorded it, and B posts
// again (the slot says possibleDuplicate). Never zero.
import { beforeAll, describe, expect, it } from 'vitest';
import { LEASE_MS } from '../../../src/features/schedule/lease.js';
import { nextRun } from '../../../src/features/schedule/schedule.js';
import { mentionMessage } from '../../helpers/activities.js';
import { person } from '../../helpers/in-process.js';
import { cardOfActivity, cardTexts } from '../../helpers/card-query.js';
import { crashWorld, STORE_KINDS } from '../../helpers/crash-world.js';
import type { BotInstance } from '../../helpers/as-process.js';

const world = crashWorld('crash');

/** The scenario cards the stub received for `conversationId`. */
const postsTo = (conversationId: string) =>
  world
    .stub()
    .captured.filter(
      (c) =>
        c.conversationId === conversationId &&
        Array.isArray(c.activity.attachments) &&
        cardTexts(cardOfActivity(c.activity)).join(' ').includes('What would you do?'),
    );

type Step = 'after-claim' | 'during-retries' | 'after-post' | 'after-sent';
const STEPS: readonly [Step, number][] = [
  ['after-claim', 1],
  ['during-retries', 1],
  ['after-post', 2], // the documented window: Teams has the card, the slot does not say so
  ['after-sent', 1],
];

describe.each(STORE_KINDS)('the weekly post, kill -9 of the posting process (%s store)', (kind) => {
  let env: Record<string, string>;
  let survivor: BotInstance;
  beforeAll(async () => {
    env = await world.storeEnv(kind);
    survivor = await world.start(env);
  }, 90_000);

  it.each(STEPS)(
    'killed %s: the channel gets %i post(s), never none',
    async (step, expected) => {
      const conversationId = `19:crash-${kind}-${step}@thread.tacv2`;
      const channel = {
        serviceUrl: world.stub().serviceUrl,
        conversationType: 'channel' as const,
        conversationId,
        from: person(11, 'Awinita Manager'),
        localTimezone: 'America/Toronto',
      };
      const doomed = await world.start({
        ...env,
        ...(step === 'during-retries' ? {} : { SMG_STOP_AT: step }),
      });
      world.stub().members = [channel.from];
      world.stub().sendStatus = 200;
      await doomed.send(mentionMessage('schedule weekly Monday 9:00', channel));
      const at = nextRun({ day: 1, hour: 9, minute: 0, timeZone: 'America/Toronto' }, new Date());

      const sends = world.stub().received;
      if (step === 'during-retries') world.stub().sendStatus = 503; // Teams busy: A keeps retrying
      void doomed.tick(at).catch(() => undefined); // never answers: A dies first
      if (step === 'during-retries') {
        await until(() => world.stub().received >= sends + 2);
      } else await doomed.stoppedAt(step);
      await doomed.kill();
      world.stub().sendStatus = 200;

      // B, after A's lease ran out (and twice, as the minutely timer would).
      const later = new Date(at.getTime() + LEASE_MS + 60_000);
      await survivor.tick(later);
      await survivor.tick(new Date(later.getTime() + 60_000));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(postsTo(conversationId)).toHaveLength(expected);
    },
    60_000,
  );
});

async function until(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
