// The two hosts (BOT_HOST=botbuilder, the default, and BOT_HOST=agents) send the same replies: the
// same cards and texts, for the same questions and card actions, over the real HTTP host and a stub
// Bot Connector. Questions: the first 40 English and 20 French ones of the frozen blind set H, small
// talk, and an entry opened from a card (Action.Execute).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as A from '../helpers/activities.js';
import { startBotHost, type BotHost } from '../helpers/in-process.js';
import { startStubConnector, type StubConnector } from '../helpers/stub-connector.js';
import { readBlindSet } from '../matching/blind-set.js';

const HOSTS = ['botbuilder', 'agents'] as const;
const set = readBlindSet(
  new URL('../matching/fixtures/blind-h.questions.jsonl', import.meta.url).pathname,
);
const questions = [
  ...set.filter((q) => q.lang === 'en').slice(0, 40),
  ...set.filter((q) => q.lang === 'fr').slice(0, 20),
].map((q) => ({ text: q.q, locale: q.lang === 'fr' ? 'fr-CA' : 'en-US' }));

let stub: StubConnector;
const hosts = new Map<string, BotHost>();
beforeAll(async () => {
  stub = await startStubConnector();
  for (const host of HOSTS) hosts.set(host, await startBotHost(undefined, { BOT_HOST: host }));
});
afterAll(async () => {
  for (const host of hosts.values()) await host.close();
  await stub.close();
});

/** What a person sees of the replies to one activity: each message's text and attachments. */
async function seen(host: string, activity: Record<string, unknown>, later = 0) {
  stub.clear();
  const res = await hosts.get(host)!.send(activity);
  expect(res.status).toBeLessThan(300);
  if (later > 0) await stub.waitFor(later); // posted after the invoke was answered
  return {
    body: res.json ?? null,
    replies: stub.captured.map(({ activity: a }) => ({
      type: a.type,
      text: a.text,
      attachments: a.attachments,
    })),
  };
}

describe('botbuilder and the Agents SDK', () => {
  it('send the same cards and texts to the same questions', async () => {
    const cases = [
      ...questions,
      { text: 'hello', locale: 'en-US' },
      { text: 'merci beaucoup', locale: 'fr-CA' },
    ];
    for (const { text, locale } of cases) {
      const sent = (host: string) =>
        seen(
          host,
          A.message(text, { serviceUrl: stub.serviceUrl, locale, conversationId: `a:${host}` }),
        );
      const [botbuilder, agents] = [await sent('botbuilder'), await sent('agents')];
      expect(botbuilder.replies.length, text).toBeGreaterThan(0);
      expect(agents, text).toEqual(botbuilder);
    }
  });

  it('return the same replies in the body when Teams expects replies', async () => {
    const asked = (host: string) =>
      seen(
        host,
        A.message('can I sign a petition against my minister?', {
          serviceUrl: stub.serviceUrl,
          conversationId: `a:${host}`,
          deliveryMode: 'expectReplies',
          id: 'the-question',
        }),
      );
    const [botbuilder, agents] = [await asked('botbuilder'), await asked('agents')];
    expect(JSON.stringify(botbuilder.body)).toContain('petition');
    expect(botbuilder.replies).toEqual([]);
    const strip = (body: unknown) =>
      JSON.parse(JSON.stringify(body).replaceAll('a:agents', 'a:botbuilder')) as unknown;
    expect(strip(agents.body)).toEqual(botbuilder.body);
  });

  it('answer a card action with the same invoke response and the same card posted below', async () => {
    const action = (host: string) =>
      A.cardAction(
        'entry.show',
        { entryId: 'topic-candidacy', lang: 'en' },
        {
          serviceUrl: stub.serviceUrl,
          conversationId: `a:${host}`,
        },
      );
    const [botbuilder, agents] = [
      await seen('botbuilder', action('botbuilder'), 1),
      await seen('agents', action('agents'), 1),
    ];
    expect(JSON.stringify(botbuilder)).toContain('Public Service Commission');
    expect(agents).toEqual(botbuilder);
  });
});
