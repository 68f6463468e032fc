// Two bot instances, each in its own process, sharing one Azure Blob Storage container (Azurite) —
// the way the bot scales out. Over the real Teams protocol with one stub Bot Connector: a quiz
// answered by forty people through both instances counts forty; the weekly scenario, ticked by
// both instances at the same instant, is posted once.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nextRun } from '../../src/features/schedule/schedule.js';
import type { SlotOutcome } from '../../src/features/schedule/scheduler.js';
import { cardAction, mentionMessage } from '../helpers/activities.js';
import { startAzurite, type Azurite } from '../helpers/azurite.js';
import { person } from '../helpers/in-process.js';
import { startBotInstance, type BotInstance } from '../helpers/as-process.js';
import { cardActions, cardOfActivity, cardOfInvoke, cardTexts } from '../helpers/card-query.js';
import { startStubConnector, type StubConnector } from '../helpers/stub-connector.js';
import { cardProblems } from '../cards/card-problems.js';

let azurite: Azurite;
let stub: StubConnector;
let a: BotInstance;
let b: BotInstance;
const dataDirs: string[] = [];

async function startBot(connectionString: string): Promise<BotInstance> {
  const dataDir = await mkdtemp(join(tmpdir(), 'smg-data-'));
  dataDirs.push(dataDir);
  return startBotInstance({
    STORAGE: 'blob',
    AZURE_STORAGE_CONNECTION_STRING: connectionString,
    AZURE_STORAGE_CONTAINER: 'two-instances',
    USER_KEY_SECRET: 'a-fixed-test-secret-shared-by-both-instances',
    DATA_DIR: dataDir,
  });
}

beforeAll(async () => {
  [azurite, stub] = await Promise.all([startAzurite(), startStubConnector()]);
  [a, b] = await Promise.all([
    startBot(azurite.connectionString),
    startBot(azurite.connectionString),
  ]);
}, 120_000);

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await Promise.all([azurite?.stop(), stub?.close()]);
  await Promise.all(dataDirs.map((dir) => rm(dir, { recursive: true, force: true })));
}, 30_000);

describe('two bot processes on one Azure Blob Storage container', () => {
  it('counts forty people answering a quiz through both instances at once as forty answers', async () => {
    const group = { serviceUrl: stub.serviceUrl, conversationType: 'groupChat' as const };
    const conversationId = 'a:group-chat-two-instances';
    const starter = person(1, 'Olu Adebayo');
    const people = Array.from({ length: 40 }, (_, i) => person(200 + i));
    stub.members = [starter, ...people];
    stub.clear();
    await a.send(mentionMessage('quiz', { ...group, conversationId, from: starter }));
    const [posted] = await stub.waitFor(1, 15_000);
    const question = cardOfActivity(posted!.activity);
    expect(cardProblems(question)).toEqual([]);
    const [choice] = cardActions(question, 'quiz.answer');

    const responses = await Promise.all(
      people.map((who, i) =>
        (i % 2 === 0 ? a : b).send(
          cardAction('quiz.answer', choice!.data, { ...group, conversationId, from: who }),
        ),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(people.map(() => 200));
    for (const response of responses) {
      expect(cardTexts(cardOfInvoke(response.json)).join(' ')).not.toMatch(/first answer counts/i);
    }

    const results = await b.send(
      cardAction(
        'quiz.results',
        { quizId: choice!.data.quizId, question: 0 },
        { ...group, conversationId, from: starter },
      ),
    );
    expect(cardTexts(cardOfInvoke(results.json)).join(' ')).toMatch(/\b40 answered/);
  }, 60_000);

  it('posts the weekly scenario exactly once when both instances tick at the due instant, again and again', async () => {
    const channel = {
      serviceUrl: stub.serviceUrl,
      conversationType: 'channel' as const,
      conversationId: '19:two-instances@thread.tacv2',
      from: person(7, 'Kateri Manager'),
      localTimezone: 'America/Toronto',
    };
    stub.members = [channel.from];
    stub.clear();
    await a.send(mentionMessage('schedule weekly Monday 9:00', channel));
    const [confirmation] = await stub.waitFor(1, 15_000);
    expect(cardTexts(cardOfActivity(confirmation!.activity)).join('\n')).toMatch(
      /scheduled the weekly scenario/,
    );
    stub.clear();

    const at = nextRun({ day: 1, hour: 9, minute: 0, timeZone: 'America/Toronto' }, new Date());
    const outcomes: SlotOutcome[] = [];
    for (let round = 0; round < 3; round++) {
      const ticks = await Promise.all([a.tick(at), b.tick(at), a.tick(at), b.tick(at)]);
      expect(ticks.map((t) => t.checked)).toEqual([1, 1, 1, 1]); // both see the schedule
      outcomes.push(...ticks.flatMap((t) => t.outcomes));
    }
    expect(outcomes.map((o) => o.status)).toEqual(['sent']);

    const [post] = await stub.waitFor(1, 15_000);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(stub.captured).toHaveLength(1);
    expect(post!.conversationId).toBe(channel.conversationId);
    expect(cardTexts(cardOfActivity(post!.activity)).join(' ')).toMatch(/What would you do\?/);
  }, 60_000);
});
