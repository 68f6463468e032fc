// Where people talk to each other, the help card is the team one: it says to @mention the bot and
// offers the team features as buttons, each doing what typing the command does. Over the real Teams
// protocol, in both languages.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { cardAction, installationUpdate, mentionMessage } from '../../helpers/activities.js';
import { startBotHost, person, type BotHost } from '../../helpers/in-process.js';
import { cardActions, cardOfActivity, cardTexts } from '../../helpers/card-query.js';
import { cardProblems } from '../../cards/card-problems.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';
import { STRINGS } from '../../../src/i18n/strings.js';

let host: BotHost;
let stub: StubConnector;
beforeAll(async () => {
  stub = await startStubConnector();
  stub.members = [1, 2, 3].map((n) => person(n));
  host = await startBotHost();
});
afterAll(async () => {
  await host.close();
  await stub.close();
});
beforeEach(() => stub.clear());

const manager = person(1, 'Olu Adebayo');
const where = (conversationType: 'groupChat' | 'channel', locale = 'en-US') => ({
  serviceUrl: stub.serviceUrl,
  conversationType,
  conversationId: `a:${conversationType}-${locale}`,
  from: manager,
  locale,
});

async function helpCard(activity: object) {
  expect((await host.send(activity)).status).toBeLessThan(300);
  const [reply] = await stub.waitFor(1);
  const card = cardOfActivity(reply!.activity);
  expect(cardProblems(card)).toEqual([]);
  return card;
}

const commandsOf = (card: object) =>
  cardActions(card, 'help.run').map((a) => (a.data as { command: string }).command);

describe('the help card in a group chat, meeting chat or channel', () => {
  it('says to @mention the bot and offers quiz and scenario in a group chat', async () => {
    const card = await helpCard(mentionMessage('help', where('groupChat')));
    const texts = cardTexts(card).join('\n');
    expect(texts).toContain(STRINGS.en.teamHelp.mention);
    expect(texts).toContain(STRINGS.en.teamHelp.scheduleInChannels);
    expect(commandsOf(card)).toEqual(['quiz', 'scenario']);
    expect(texts).not.toContain(STRINGS.en.welcome.examplesHeading);
  });

  it('offers the weekly schedule too in a channel, in French', async () => {
    const card = await helpCard(mentionMessage('aide', where('channel', 'fr-CA')));
    expect(cardTexts(card).join('\n')).toContain(STRINGS.fr.teamHelp.mention);
    expect(commandsOf(card)).toEqual(['quiz', 'scenario', 'schedule']);
  });

  it('is the card sent when the bot is added to a group chat', async () => {
    const card = await helpCard(installationUpdate('add', where('groupChat')));
    expect(commandsOf(card)).toEqual(['quiz', 'scenario']);
  });

  it('stays the personal welcome card in a personal chat', async () => {
    const card = await helpCard(
      mentionMessage('help', { serviceUrl: stub.serviceUrl, conversationType: 'personal' }),
    );
    expect(commandsOf(card)).toEqual([]);
    expect(cardTexts(card).join('\n')).toContain(STRINGS.en.welcome.examplesHeading);
  });

  it.each([
    ['en-US', 'quiz', /Question 1 of 3/],
    ['fr-CA', 'quiz', /Question 1 sur 3/],
    ['en-US', 'scenario', /What would you do\?/],
    ['fr-CA', 'scenario', /Que feriez-vous\?/],
  ] as const)('(%s) runs %s from its button and posts it below', async (locale, command, shown) => {
    const lang = locale.startsWith('fr') ? 'fr' : 'en';
    const res = await host.send(
      cardAction('help.run', { command, lang }, where('groupChat', locale)),
    );
    expect(res.json).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: STRINGS[lang].answer.openedBelow,
    });
    const [posted] = await stub.waitFor(1);
    expect(cardTexts(cardOfActivity(posted!.activity)).join('\n')).toMatch(shown);
    if (command === 'quiz') {
      // Close it, so the next test can start another in this conversation.
      const quizId = cardActions(cardOfActivity(posted!.activity), 'quiz.close')[0]?.data;
      await host.send(cardAction('quiz.close', quizId, where('groupChat', locale)));
    }
  });

  it('shows the channel’s schedule from its button', async () => {
    const res = await host.send(
      cardAction('help.run', { command: 'schedule', lang: 'en' }, where('channel')),
    );
    expect(res.json).toMatchObject({ type: 'application/vnd.microsoft.activity.message' });
    expect((await stub.waitFor(1)).length).toBeGreaterThan(0);
  });

  it('refuses an unknown command with a bad request, never a crash', async () => {
    const res = await host.send(
      cardAction('help.run', { command: 'delete everything', lang: 'en' }, where('channel')),
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });
});
