// Local mode (no app id), messages: real HTTP, real CloudAdapter, fake bot, stub connector.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as A from '../../helpers/activities.js';
import { lengthCard } from '../../helpers/fake-bot.js';
import { startTestHost, type TestHost } from '../../helpers/in-process.js';
import { post } from '../../helpers/http.js';

let host: TestHost;
let opts: A.Base;
beforeAll(async () => {
  host = await startTestHost();
  opts = { serviceUrl: host.stub.serviceUrl };
});
afterAll(() => host.close());
beforeEach(() => host.stub.clear());

const lastMessage = () => host.bot.messages.at(-1);

describe('messages', () => {
  it("sends the bot's reply to the connector as an Adaptive Card", async () => {
    const activity = A.message('hello', opts);
    const res = await post(host.messagesUrl, activity);
    expect(res.status).toBe(200);
    const [sent] = await host.stub.waitFor(1);
    expect(sent?.conversationId).toBe(activity.conversation.id);
    expect(sent?.replyToId).toBe(activity.id);
    expect(sent?.activity).toMatchObject({
      type: 'message',
      attachments: [
        { contentType: 'application/vnd.microsoft.card.adaptive', content: lengthCard(5) },
      ],
    });
    expect(lastMessage()).toMatchObject({
      text: 'hello',
      locale: 'en-US',
      conversation: 'personal',
    });
  });

  it('strips the @mention of the bot in a channel', async () => {
    await post(host.messagesUrl, A.mentionMessage('Can I like a post?', opts));
    expect(lastMessage()).toMatchObject({
      text: 'Can I like a post?',
      locale: 'en-US',
      conversation: 'channel',
    });
    await host.stub.waitFor(1);
  });

  it('strips <at> leftovers in a group chat', async () => {
    const activity = A.mentionMessage('<at>Someone Else</at>  may I  share this?', {
      ...opts,
      conversationType: 'groupChat',
    });
    await post(host.messagesUrl, activity);
    expect(lastMessage()).toMatchObject({ text: 'may I share this?', conversation: 'groupChat' });
  });

  it.each(['groupChat', 'channel'] as const)(
    'stays silent in a %s unless @mentioned, even when another person is mentioned',
    async (conversationType) => {
      const seen = host.bot.messages.length;
      const plain = A.message('can I share this petition?', { ...opts, conversationType });
      const other = A.message('<at>Someone Else</at> can I share this?', {
        ...opts,
        conversationType,
        entities: [{ type: 'mention', text: '<at>Someone Else</at>', mentioned: { id: '29:x' } }],
      });
      for (const activity of [plain, other])
        expect((await post(host.messagesUrl, activity)).status).toBe(200);
      expect(host.bot.messages).toHaveLength(seen);
      expect(host.stub.captured).toHaveLength(0);
      await post(host.messagesUrl, A.mentionMessage('can I?', { ...opts, conversationType }));
      expect(host.bot.messages).toHaveLength(seen + 1);
    },
  );

  it('sends each reply as one message, in order', async () => {
    await post(host.messagesUrl, A.message('two', opts));
    const sent = await host.stub.waitFor(2);
    expect(sent.map((s) => s.activity.text)).toEqual(['1', '2']);
  });

  it('passes the locale through', async () => {
    await post(host.messagesUrl, A.message('bonjour', { ...opts, locale: 'fr-CA' }));
    expect(lastMessage()).toMatchObject({ locale: 'fr-CA' });
  });

  it('routes an Action.Submit message (value with a verb, no text) to onAction', async () => {
    const res = await post(host.messagesUrl, A.submit({ verb: 'entry.show', entryId: 'e1' }, opts));
    expect(res.status).toBe(200);
    expect(host.bot.actions.at(-1)).toMatchObject({ verb: 'entry.show', data: { entryId: 'e1' } });
    const [sent] = await host.stub.waitFor(1);
    expect(sent?.activity).toMatchObject({ attachments: [{ content: lengthCard(16) }] });
  });
});

describe('startup', () => {
  it('warns loudly that authentication is off', () => {
    expect(host.log.text()).toContain('authentication is OFF: local mode');
  });
});

describe('health', () => {
  it('GET /healthz answers 200 {status: "ok"}', async () => {
    const res = await fetch(`${host.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
