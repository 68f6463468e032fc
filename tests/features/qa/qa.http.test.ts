// The real bot (catalogue, matcher, cards) behind the real Teams host, over HTTP, replying to a
// stub Bot Connector: what a Teams user would see.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../../src/config/config.js';
import { createServices } from '../../../src/services.js';
import { startServer, type RunningServer } from '../../../src/host/teams/server.js';
import { silentLogger } from '../../../src/util/logger.js';
import { cardAction, mentionMessage, message } from '../../helpers/activities.js';
import { post } from '../../helpers/http.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';
import { cardProblems } from '../../cards/card-problems.js';
import { STRINGS } from '../../../src/i18n/strings.js';
import { BOT_HOST_ENV } from '../../helpers/bot-host.js';

let server: RunningServer;
let stub: StubConnector;
let url: string;

beforeAll(async () => {
  stub = await startStubConnector();
  const config = readConfig({ NODE_ENV: 'test', SUPPORT_PROFILE: 'justice', ...BOT_HOST_ENV });
  const { bot } = createServices(config);
  server = await startServer({ config, bot, logger: silentLogger(), port: 0, host: '127.0.0.1' });
  url = `${server.url}/api/messages`;
});
afterAll(async () => {
  await server.close();
  await stub.close();
});

type Card = { body: unknown[]; actions?: unknown[] };
const cardOf = (activity: Record<string, unknown>) =>
  (activity.attachments as { contentType: string; content: Card }[])[0]!;
const texts = (node: unknown): string[] =>
  node && typeof node === 'object'
    ? Object.entries(node).flatMap(([k, v]) =>
        k === 'text' && typeof v === 'string' ? [v] : texts(v),
      )
    : [];

async function ask(text: string, options: Partial<Parameters<typeof message>[1]> = {}) {
  stub.clear();
  const res = await post(url, message(text, { serviceUrl: stub.serviceUrl, ...options }));
  expect(res.status).toBeLessThan(300);
  const [reply] = await stub.waitFor(1);
  const attachment = cardOf(reply!.activity);
  expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(cardProblems(attachment.content)).toEqual([]);
  return texts(attachment.content).join('\n');
}

/**
 * Clicks a card row that opens something: the clicked card must stay as it was (the invoke answers
 * with a message, which Teams shows under the card, not a replacement card) and what was opened
 * comes as a new reply to the conversation.
 */
async function open(verb: string, data: Record<string, unknown>, lang: 'en' | 'fr' = 'en') {
  stub.clear();
  const res = await post(url, cardAction(verb, data, { serviceUrl: stub.serviceUrl }));
  expect(res.status).toBe(200);
  expect(res.json).toEqual({
    statusCode: 200,
    type: 'application/vnd.microsoft.activity.message',
    value: STRINGS[lang].answer.openedBelow,
  });
  const [reply] = await stub.waitFor(1);
  const attachment = cardOf(reply!.activity);
  expect(cardProblems(attachment.content)).toEqual([]);
  return texts(attachment.content).join('\n');
}

describe('the guidance bot over HTTP', () => {
  it('answers a question with the example, its verdict and why it matters', async () => {
    const shown = await ask('can I share this petition?');
    expect(shown).toMatch(/petition in protest of the Government of Canada/);
    expect(shown).toMatch(/Potentially risky/);
    expect(shown).toMatch(/Why this is important/);
  });

  it('answers in French when the Teams locale is French', async () => {
    const shown = await ask('puis-je me présenter aux élections municipales?', { locale: 'fr-CA' });
    expect(shown).toMatch(/Commission de la fonction publique/);
    expect(shown).not.toMatch(/Why this is important/);
  });

  it('strips the @mention in a channel before matching', async () => {
    stub.clear();
    await post(
      url,
      mentionMessage('can I post pictures of my cat?', { serviceUrl: stub.serviceUrl }),
    );
    const [reply] = await stub.waitFor(1);
    expect(texts(cardOf(reply!.activity).content).join('\n')).toMatch(
      /pet, vacation or a family event/,
    );
  });

  it('says plainly when nothing matches, and offers support', async () => {
    const shown = await ask('the printer on floor 3 is jammed');
    expect(shown.split('\n')[0]).toBe("I couldn't find that in the guidance.");
    expect(shown).toMatch(/values and ethics/i);
  });

  it('replies briefly to hello, thanks and bye, in the language they are written in', async () => {
    const say = async (text: string, locale = 'en-US') => {
      stub.clear();
      await post(url, message(text, { serviceUrl: stub.serviceUrl, locale }));
      const [reply] = await stub.waitFor(1);
      expect(reply!.activity.attachments ?? []).toEqual([]);
      return reply!.activity.text;
    };
    expect(await say('thanks a lot!')).toBe(STRINGS.en.smallTalk.thanks);
    expect(await say('Merci beaucoup')).toBe(STRINGS.fr.smallTalk.thanks);
    expect(await say('hello')).toBe(STRINGS.en.smallTalk.greeting);
    expect(await say('bye', 'fr-CA')).toBe(STRINGS.en.smallTalk.goodbye);
  });

  it('answers the first part of a two-part question and offers the other first among related', async () => {
    const shown = await ask(
      'Can I sign a petition against the minister on Facebook? Also, can I post pictures of my new puppy?',
    );
    expect(shown).toMatch(/petition in protest of the Government of Canada/);
    const related = shown.slice(shown.indexOf('Related'));
    expect(related.split('\n')[1]).toMatch(/pet, vacation or a family event/);
  });

  it('shows the support card, with the configured organization contact', async () => {
    const shown = await ask('support');
    expect(shown).toMatch(/Ombud/);
    expect(shown).toMatch(/Public Sector Integrity Commissioner/);
    expect(shown).toMatch(/Pamela Richmire/);
  });

  it('puts a manager’s or an executive’s avenues first when asked for them', async () => {
    const forManagers = await ask('support managers');
    expect(forManagers.indexOf('For managers')).toBeLessThan(
      forManagers.indexOf('When you are unsure'),
    );
    const forExecutives = await ask('soutien cadres', { locale: 'fr-CA' });
    expect(forExecutives.indexOf('Pour les cadres')).toBeLessThan(
      forExecutives.indexOf('Pour les gestionnaires'),
    );
    const shown = await open('support.show', { lang: 'en', audience: 'managers' });
    expect(shown.indexOf('For managers')).toBeLessThan(shown.indexOf('When you are unsure'));
  });

  it('opens a related entry as a new reply, leaving the clicked card as it was', async () => {
    expect(await open('entry.show', { entryId: 'topic-candidacy', lang: 'en' })).toMatch(
      /Public Service Commission/,
    );
    expect(await open('entry.show', { entryId: 'topic-candidacy', lang: 'fr' }, 'fr')).toMatch(
      /Commission de la fonction publique/,
    );
  });

  it('opens topics from a card as a new reply, and moves between sections in place', async () => {
    expect(await open('topics.show', { lang: 'fr' }, 'fr')).toMatch(/Parcourir/);
    const res = await post(
      url,
      cardAction('topics.show', { lang: 'en', within: true }, { serviceUrl: stub.serviceUrl }),
    );
    expect(res.json).toMatchObject({ type: 'application/vnd.microsoft.card.adaptive' });
  });

  it('"None of these" keeps the question and offers to rephrase, browse or get support', async () => {
    const question = 'can my sister tag me in her campaign photos?';
    const shown = await open('dym.none', { lang: 'en', question });
    expect(shown).toContain(question);
    expect(shown).toContain(STRINGS.en.notFound.rephrase);
    expect(shown).toContain(STRINGS.en.notFound.supportIntro);
    const fr = await open(
      'dym.none',
      { lang: 'fr', question: 'ma sœur peut-elle me taguer?' },
      'fr',
    );
    expect(fr).toContain('ma sœur peut-elle me taguer?');
    expect(fr).toContain(STRINGS.fr.notFound.rephrase);
  });

  it('refuses a card action for an entry that does not exist, politely', async () => {
    const res = await post(
      url,
      cardAction('entry.show', { entryId: 'nope', lang: 'en' }, { serviceUrl: stub.serviceUrl }),
    );
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({ statusCode: 400, type: 'application/vnd.microsoft.error' });
  });

  it('counts "was this helpful" and thanks the user', async () => {
    const res = await post(
      url,
      cardAction(
        'feedback.helpful',
        { entryId: 'ex-petitions', lang: 'fr', helpful: true },
        { serviceUrl: stub.serviceUrl },
      ),
    );
    const body = res.json as { value: Card };
    expect(texts(body.value).join('\n')).toMatch(/Merci de votre rétroaction/);
  });

  it('after "No", asks what was missing in place, then thanks', async () => {
    const no = await post(
      url,
      cardAction(
        'feedback.helpful',
        { entryId: 'ex-petitions', lang: 'en', helpful: false },
        { serviceUrl: stub.serviceUrl },
      ),
    );
    const asked = texts((no.json as { value: Card }).value).join('\n');
    expect(asked).toContain('What was missing?');
    for (const reason of Object.values(STRINGS.en.answer.reasons)) expect(asked).toContain(reason);
    const why = await post(
      url,
      cardAction(
        'feedback.reason',
        { entryId: 'ex-petitions', lang: 'fr', reason: 'too-long' },
        { serviceUrl: stub.serviceUrl },
      ),
    );
    expect(texts((why.json as { value: Card }).value).join('\n')).toMatch(/Merci de votre/);
    const bad = await post(
      url,
      cardAction(
        'feedback.reason',
        { entryId: 'ex-petitions', lang: 'en', reason: 'I hated it' },
        { serviceUrl: stub.serviceUrl },
      ),
    );
    expect(bad.json).toMatchObject({ statusCode: 400 });
  });
});
