// The bot in Microsoft 365 Copilot Chat: the real bot behind the real Teams host, over HTTP, sent
// activities shaped as Copilot sends them (copilot-activities.ts), its replies captured by a stub
// Bot Connector. Copilot's chat with the bot is a personal chat: no @mention, the welcome card, the
// same cards; every message and card it gets avoids what Copilot does not render
// (copilot-safe-cards.ts).
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { STRINGS } from '../../../src/i18n/strings.js';
import { cardActions, cardOfActivity, cardOfInvoke } from '../../helpers/card-query.js';
import { botWithStub } from '../../helpers/in-process.js';
import { cardProblems } from '../../cards/card-problems.js';
import { visibleText } from '../../cards/card-walk.js';
import {
  copilotCardAction,
  copilotGroupMessage,
  copilotMessage,
  copilotMessageUntyped,
} from './copilot-activities.js';
import { copilotMessageProblems, copilotProblems } from './copilot-safe-cards.js';

const bot = botWithStub();
beforeEach(() => bot.stub.clear());

const opts = (locale = 'en-US') => ({ serviceUrl: bot.stub.serviceUrl, locale });

/**
 * The titles of the manifest's command list in the copilot scope, English and French, but those
 * that take the rest of the sentence ("ask …", "language fr"): Copilot puts a starter's title in
 * the compose box, as Teams does, for the person to complete or send.
 */
function promptStarters(): (readonly [string, string])[] {
  interface Lists {
    bots: { commandLists: { scopes: string[]; commands: { title: string }[] }[] }[];
  }
  const read = (file: string): unknown =>
    JSON.parse(readFileSync(new URL(`../../../manifest/${file}`, import.meta.url), 'utf8'));
  const lists = (read('manifest.json') as Lists).bots[0]!.commandLists;
  const fr = read('fr-ca.json') as Record<string, string>;
  const at = lists.findIndex((list) => list.scopes.includes('copilot'));
  return lists[at]!.commands.flatMap(({ title }, i) => [
    [title, 'en-US'] as const,
    [fr[`bots[0].commandLists[${at}].commands[${i}].title`]!, 'fr-CA'] as const,
  ]).filter(([title]) => !TAKE_MORE.has(title));
}
const TAKE_MORE = new Set(['ask', 'demander', 'language', 'langue']);

/** A valid Adaptive Card with nothing Copilot leaves out. */
function checked(card: Record<string, unknown>): Record<string, unknown> {
  expect(cardProblems(card)).toEqual([]);
  expect(copilotProblems(card)).toEqual([]);
  return card;
}

/** Sends an activity and returns the card of the one reply it gets. */
async function cardReplyTo(activity: object): Promise<Record<string, unknown>> {
  expect((await bot.host.send(activity)).status).toBeLessThan(300);
  const [reply] = await bot.stub.waitFor(1);
  expect(copilotMessageProblems(reply!.activity)).toEqual([]);
  return checked(cardOfActivity(reply!.activity));
}

describe('Microsoft 365 Copilot Chat, 1:1 with the bot', () => {
  it('answers a question with the answer card, no @mention needed', async () => {
    const card = await cardReplyTo(copilotMessage('can I share this petition?', opts()));
    const text = visibleText(card);
    expect(text).toMatch(/petition in protest of the Government of Canada/);
    expect(text).toMatch(/Potentially risky/);
  });

  it('answers when Copilot names no conversation type', async () => {
    const card = await cardReplyTo(copilotMessageUntyped('can I post pictures of my cat?', opts()));
    expect(visibleText(card)).toMatch(/pet, vacation or a family event/);
  });

  it('answers help with the welcome card, not the team help card', async () => {
    const card = await cardReplyTo(copilotMessage('help', opts()));
    const text = visibleText(card);
    expect(text).toContain(STRINGS.en.welcome.title);
    expect(text).toContain(STRINGS.en.welcome.limits);
    expect(cardActions(card, 'help.run')).toEqual([]);
  });

  it('answers in French when Copilot’s locale is French', async () => {
    const answer = await cardReplyTo(
      copilotMessage('puis-je me présenter aux élections municipales?', opts('fr-CA')),
    );
    expect(visibleText(answer)).toMatch(/Commission de la fonction publique/);
    expect(visibleText(answer)).not.toMatch(/Why this is important/);
    bot.stub.clear();
    const welcome = await cardReplyTo(copilotMessage('aide', opts('fr-CA')));
    expect(visibleText(welcome)).toContain(STRINGS.fr.welcome.limits);
  });

  it('updates the card in place on "Was this helpful?", in French too', async () => {
    for (const [locale, lang] of [
      ['en-US', 'en'],
      ['fr-CA', 'fr'],
    ] as const) {
      bot.stub.clear();
      const asked = lang === 'en' ? 'can I share this petition?' : 'puis-je signer une pétition?';
      const answer = await cardReplyTo(copilotMessage(asked, opts(locale)));
      const yes = cardActions(answer, 'feedback.helpful').find((a) => a.data.helpful === true)!;
      const res = await bot.host.send(copilotCardAction(yes.verb, yes.data, opts(locale)));
      expect(res.status).toBe(200);
      const updated = checked(cardOfInvoke(res.json));
      expect(visibleText(updated)).toContain(STRINGS[lang].answer.thanks);
      expect(cardActions(updated, 'feedback.helpful')).toEqual([]);
    }
  });

  it('opens a related entry as a new reply below, the clicked card staying as it was', async () => {
    const answer = await cardReplyTo(copilotMessage('can I share this petition?', opts()));
    const related = cardActions(answer, 'entry.show')[0]!;
    bot.stub.clear();
    const res = await bot.host.send(copilotCardAction(related.verb, related.data, opts()));
    expect(res.json).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: STRINGS.en.answer.openedBelow,
    });
    const [posted] = await bot.stub.waitFor(1);
    expect(copilotMessageProblems(posted!.activity)).toEqual([]);
    const opened = checked(cardOfActivity(posted!.activity));
    expect(related.title).toBeTruthy();
    expect(visibleText(opened)).toContain(related.title);
  });

  it('answers the prompt starters Copilot shows (the 1:1 command list), in both languages', async () => {
    for (const [starter, locale] of promptStarters()) {
      bot.stub.clear();
      const card = await cardReplyTo(copilotMessage(starter, opts(locale)));
      expect(visibleText(card), starter).not.toMatch(/^(I couldn't find|Je n'ai pas trouvé)/);
    }
  });
});

describe('a Teams group chat Copilot brought the bot into', () => {
  it('answers the captured shape: a mention without text, no <at> in the message', async () => {
    const card = await cardReplyTo(copilotGroupMessage('can I post pictures of my cat?', opts()));
    expect(visibleText(card)).toMatch(/pet, vacation or a family event/);
  });

  it('stays silent when the bot is not mentioned', async () => {
    const res = await bot.host.send(copilotGroupMessage('can I share this?', opts(), false));
    expect(res.status).toBeLessThan(300);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(bot.stub.captured).toEqual([]);
  });
});
