// The weekly scenario over the real Teams protocol: a manager schedules it in a channel, a fake
// clock fires the scheduler, the post lands once at the stub connector — also with two bot
// instances sharing storage and across a restart.
import { afterEach, describe, expect, it } from 'vitest';
import { mentionMessage, installationUpdate } from '../../helpers/activities.js';
import { newDataDir, person, startBotHost, type BotHost } from '../../helpers/in-process.js';
import { cardActions, cardOfActivity, cardOfInvoke, cardTexts } from '../../helpers/card-query.js';
import { cardAction } from '../../helpers/activities.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';
import { cardProblems } from '../../cards/card-problems.js';
import { nextRun } from '../../../src/features/schedule/schedule.js';

const hosts: BotHost[] = [];
let stub: StubConnector;
afterEach(async () => {
  await Promise.all(hosts.splice(0).map((h) => h.close()));
  await stub?.close();
});

const CHANNEL = '19:weekly@thread.tacv2';
const manager = person(7, 'Kateri Manager');
const opts = (extra: Record<string, unknown> = {}) => ({
  serviceUrl: stub.serviceUrl,
  conversationType: 'channel' as const,
  conversationId: CHANNEL,
  from: manager,
  localTimezone: 'America/Toronto',
  ...extra,
});

async function host(dataDir = newDataDir()) {
  const h = await startBotHost(dataDir);
  hosts.push(h);
  return h;
}

/** What the reply says: the schedule card's text (checked valid), else the plain text. */
async function say(h: BotHost, text: string, extra: Record<string, unknown> = {}) {
  stub.clear();
  await h.send(mentionMessage(text, opts(extra)));
  const [reply] = await stub.waitFor(1);
  stub.clear();
  if (typeof reply!.activity.text === 'string') return reply!.activity.text;
  const card = cardOfActivity(reply!.activity);
  expect(cardProblems(card)).toEqual([]);
  return cardTexts(card).join(' ');
}

/** Monday 9:00 in Toronto after now, and a clock standing at that instant. */
const mondayNine = () =>
  nextRun({ day: 1, hour: 9, minute: 0, timeZone: 'America/Toronto' }, new Date());

describe('weekly scenario in a channel', () => {
  it('schedules in the Teams time zone, says who changed it, and posts once when due', async () => {
    stub = await startStubConnector();
    stub.members = [manager];
    const h = await host();
    const confirmation = await say(h, 'schedule weekly Monday 9:00');
    expect(confirmation).toMatch(/Kateri Manager scheduled the weekly scenario/);
    expect(confirmation).toMatch(/America\/Toronto/);

    const at = mondayNine();
    const scheduler = h.services.scheduler(h.server.proactive, { now: () => at });
    const before = h.services.scheduler(h.server.proactive, {
      now: () => new Date(at.getTime() - 60_000),
    });
    expect((await before.tick()).outcomes).toEqual([]);
    const first = await scheduler.tick();
    expect(first.outcomes.map((o) => o.status)).toEqual(['sent']);
    for (let i = 0; i < 5; i++) expect((await scheduler.tick()).outcomes).toEqual([]);
    const posted = await stub.waitFor(1);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.conversationId).toBe(CHANNEL);
    const card = cardOfActivity(posted[0]!.activity);
    expect(cardProblems(card)).toEqual([]);
    expect(cardTexts(card).join(' ')).toMatch(/What would you do\?/);

    // Each person sees the verdict for themselves.
    const [choice] = cardActions(card, 'scenario.answer');
    const mine = cardOfInvoke(
      (await h.send(cardAction('scenario.answer', choice!.data, opts({ from: person(8) })))).json,
    );
    expect(cardProblems(mine)).toEqual([]);
  });

  it('posts exactly once with two bot instances sharing storage, and not again after a restart', async () => {
    stub = await startStubConnector();
    const dataDir = newDataDir();
    const a = await host(dataDir);
    const b = await host(dataDir);
    await say(a, 'schedule weekly Monday 9:00');
    const at = mondayNine();
    const tickers = [a, b].map((h) => h.services.scheduler(h.server.proactive, { now: () => at }));
    await Promise.all([...tickers, ...tickers].map((s) => s.tick()));
    await stub.waitFor(1);
    await new Promise((r) => setTimeout(r, 200));
    expect(stub.captured).toHaveLength(1);

    await a.close();
    const restarted = await startBotHost(dataDir);
    hosts.push(restarted);
    expect(
      (await restarted.services.scheduler(restarted.server.proactive, { now: () => at }).tick())
        .outcomes,
    ).toEqual([]);
    expect(await say(restarted, 'schedule')).toMatch(/Every Monday at 9:00 a\.m\./);
  });

  it('pauses, resumes, skips and stops; refuses guests; French commands work', async () => {
    stub = await startStubConnector();
    const guest = { ...person(9, 'Guest Person'), userRole: 'guest' as const };
    stub.members = [manager, guest];
    const h = await host();
    expect(await say(h, 'schedule weekly Friday 14:30', { from: guest })).toMatch(/Guests cannot/);
    await say(h, 'schedule weekly Friday 14:30');
    expect(await say(h, 'pause')).toMatch(/paused/);
    expect(await say(h, 'resume')).toMatch(/resumed/);
    expect(await say(h, 'skip next')).toMatch(/skipped the next/);
    expect(await say(h, 'planifier chaque semaine lundi 9 h', { locale: 'fr-CA' })).toMatch(
      /a planifié le scénario de la semaine/,
    );
    expect(await say(h, 'horaire', { locale: 'fr-CA' })).toMatch(/Chaque lundi à 9 h 00/);
    expect(await say(h, 'stop')).toMatch(/stopped/);
    expect(await say(h, 'schedule')).toMatch(/No weekly scenario/);
  });

  it('forgets the channel schedule when the bot is uninstalled', async () => {
    stub = await startStubConnector();
    const h = await host();
    await say(h, 'schedule weekly Monday 9:00');
    expect((await h.services.storage.list('schedule/')).length).toBe(1);
    await h.send(installationUpdate('remove', opts()));
    expect(await h.services.storage.list('schedule/')).toEqual([]);
    expect(await h.services.storage.list('conv/')).toEqual([]);
  });

  it('posts a scenario now on "@bot scenario", without repeating until all were used', async () => {
    stub = await startStubConnector();
    const h = await host();
    const titles = new Set<string>();
    for (let i = 0; i < 10; i++) {
      stub.clear();
      await h.send(mentionMessage('scenario', opts()));
      const [posted] = await stub.waitFor(1);
      titles.add(cardTexts(cardOfActivity(posted!.activity)).join('|'));
    }
    expect(titles.size).toBe(10);
  });
});
