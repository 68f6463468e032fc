// A team quiz over the real Teams protocol: start, answers from several people, retries,
// fifty people at once, results, next, close, restart. No names on results, ever.
import { afterEach, describe, expect, it } from 'vitest';
import { cardAction, mentionMessage, submit } from '../../helpers/activities.js';
import { startBotHost, person, newDataDir, type BotHost } from '../../helpers/in-process.js';
import { cardActions, cardOfActivity, cardOfInvoke, cardTexts } from '../../helpers/card-query.js';
import { cardProblems } from '../../cards/card-problems.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';

let host: BotHost;
let stub: StubConnector;
afterEach(async () => {
  await host?.close();
  await stub?.close();
});

const GROUP = 'a:group-chat-quiz';
const starter = person(1, 'Olu Adebayo');
const base = () => ({
  serviceUrl: stub.serviceUrl,
  conversationType: 'groupChat' as const,
  conversationId: GROUP,
});

async function setUp(dataDir?: string) {
  stub = await startStubConnector();
  stub.members = [1, 2, 3].map((n) => person(n));
  host = await startBotHost(dataDir);
}

async function startQuiz(locale = 'en-US', text = 'quiz') {
  stub.clear();
  await host.send(mentionMessage(text, { ...base(), from: starter, locale }));
  const [posted] = await stub.waitFor(1);
  const card = cardOfActivity(posted!.activity);
  expect(cardProblems(card)).toEqual([]);
  return card;
}

const click = (verb: string, data: Record<string, unknown>, who = starter, locale = 'en-US') =>
  host.send(cardAction(verb, data, { ...base(), from: who, locale }));

describe('quiz in a group chat', () => {
  it('runs a quiz: three people answer, a retry counts once, a changed answer is refused, results are anonymous', async () => {
    await setUp();
    const question = await startQuiz();
    expect(cardTexts(question).join(' ')).toContain('Olu Adebayo');
    expect((question.refresh as { userIds: string[] }).userIds).toEqual(
      stub.members.map((m) => m.id),
    );
    const [first, second] = cardActions(question, 'quiz.answer');
    const people = [starter, person(2), person(3)];
    for (const who of people) {
      const res = await click('quiz.answer', first!.data, who);
      expect(res.status).toBe(200);
      const mine = cardOfInvoke(res.json);
      expect(cardProblems(mine)).toEqual([]);
    }
    // Teams retries the same invoke: same view, counted once.
    expect((await click('quiz.answer', first!.data, person(2))).status).toBe(200);
    // A different second answer is refused; the first one stays.
    const refused = cardTexts(
      cardOfInvoke((await click('quiz.answer', second!.data, person(3))).json),
    ).join(' ');
    expect(refused).toMatch(/only your first answer counts/i);

    const results = cardOfInvoke(
      (await click('quiz.results', { quizId: first!.data.quizId, question: 0 }, person(2))).json,
    );
    const shown = cardTexts(results).join(' ');
    expect(shown).toMatch(/3 answered/);
    for (const who of people) expect(shown).not.toContain(who.name);
  });

  it('counts fifty people answering the same question at the same moment as fifty answers', async () => {
    await setUp();
    stub.members = Array.from({ length: 50 }, (_, i) => person(100 + i));
    const [choice] = cardActions(await startQuiz(), 'quiz.answer');
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) => click('quiz.answer', choice!.data, person(100 + i))),
    );
    expect(responses.every((r) => r.status === 200)).toBe(true);
    const results = cardOfInvoke(
      (await click('quiz.results', { quizId: choice!.data.quizId, question: 0 })).json,
    );
    expect(cardTexts(results).join(' ')).toMatch(/50 answered/);
  });

  it('lets only the starter move on; posts the next question and a closing summary', async () => {
    await setUp();
    const question = await startQuiz();
    const { quizId } = cardActions(question, 'quiz.answer')[0]!.data;
    const refused = await click('quiz.next', { quizId, question: 0 }, person(2));
    expect(refused.json).toMatchObject({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
    });
    expect(stub.captured).toHaveLength(1);

    await click('quiz.next', { quizId, question: 0 });
    const [, next] = await stub.waitFor(2);
    expect(cardTexts(cardOfActivity(next!.activity)).join(' ')).toMatch(/Question 2 of 3/);
    await click('quiz.close', { quizId, question: 1 });
    const [, , summary] = await stub.waitFor(3);
    const summaryCard = cardOfActivity(summary!.activity);
    expect(cardProblems(summaryCard)).toEqual([]);
    expect(cardTexts(summaryCard).join(' ')).not.toContain('Olu Adebayo');
    // Closed: answers are no longer counted.
    const late = await click('quiz.answer', { quizId, question: 1, choice: 'risky' }, person(3));
    expect(late.json).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
  });

  it('runs in French ("questionnaire")', async () => {
    await setUp();
    const question = await startQuiz('fr-CA', 'questionnaire');
    expect(cardTexts(question).join(' ')).toMatch(/Question 1 sur 3/);
    const [choice] = cardActions(question, 'quiz.answer');
    const mine = cardTexts(
      cardOfInvoke((await click('quiz.answer', choice!.data, person(2), 'fr-CA')).json),
    ).join(' ');
    expect(mine).toMatch(/Votre réponse/);
  });

  it('keeps quiz state across a restart of the bot', async () => {
    const dataDir = newDataDir();
    await setUp(dataDir);
    const [choice] = cardActions(await startQuiz(), 'quiz.answer');
    await click('quiz.answer', choice!.data, person(2));
    await host.close();
    host = await startBotHost(dataDir);
    await click('quiz.answer', choice!.data, person(3));
    const results = cardOfInvoke(
      (await click('quiz.results', { quizId: choice!.data.quizId, question: 0 })).json,
    );
    expect(cardTexts(results).join(' ')).toMatch(/2 answered/);
  });

  it("records an old client's Action.Submit answer without showing it to everyone", async () => {
    await setUp();
    const [choice] = cardActions(await startQuiz(), 'quiz.answer');
    stub.clear();
    await host.send(
      submit({ verb: 'quiz.answer', ...choice!.data }, { ...base(), from: person(2) }),
    );
    const [ack] = await stub.waitFor(1);
    expect(ack!.activity.text).toMatch(/your answer was recorded/);
    expect(ack!.activity.attachments).toBeUndefined();
    const results = cardOfInvoke(
      (await click('quiz.results', { quizId: choice!.data.quizId, question: 0 })).json,
    );
    expect(cardTexts(results).join(' ')).toMatch(/1 answered/);
  });

  it('declines a quiz in a 1:1 chat, politely', async () => {
    await setUp();
    stub.clear();
    await host.send(
      mentionMessage('quiz', { serviceUrl: stub.serviceUrl, conversationType: 'personal' }),
    );
    const [reply] = await stub.waitFor(1);
    expect(reply!.activity.text).toMatch(/meeting chat, a group chat or a channel/);
  });
});
