// Local mode (no app id), messages: real HTTP, real CloudAdapter, fake bot, stub connector.
import { describe, expect, it } from 'vitest';
import * as A from '../../helpers/activities.js';
import { lengthCard } from '../../helpers/fake-bot.js';
import { useTestHost } from '../../helpers/in-process.js';
import { post } from '../../helpers/http.js';

const t = useTestHost();

const lastMessage = () => t.host.bot.messages.at(-1);

describe('messages', () => {
  it("sends the bot's reply to the connector as an Adaptive Card", async () => {
    const activity = A.message('hello', t.opts);
    const res = await post(t.host.messagesUrl, activity);
    expect(res.status).toBe(200);
    const [sent] = await t.host.stub.waitFor(1);
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
    await post(t.host.messagesUrl, A.mentionMessage('Can I like a post?', t.opts));
    expect(lastMessage()).toMatchObject({
      text: 'Can I like a post?',
      locale: 'en-US',
      conversation: 'channel',
    });
    await t.host.stub.waitFor(1);
  });

  it('strips <at> leftovers in a group chat', async () => {
    const activity = A.mentionMessage('<at>Someone Else</at>  may I  share this?', {
      ...t.opts,
      conversationType: 'groupChat',
    });
    await post(t.host.messagesUrl, activity);
    expect(lastMessage()).toMatchObject({ text: 'may I share this?', conversation: 'groupChat' });
  });

  it.each(['groupChat', 'channel'] as const)(
    'stays silent in a %s unless @mentioned, even when another person is mentioned',
    async (conversationType) => {
      const seen = t.host.bot.messages.length;
      const plain = A.message('can I share this petition?', { ...t.opts, conversationType });
      const other = A.message('<at>Someone Else</at> can I share this?', {
        ...t.opts,
        conversationType,
        entities: [{ type: 'mention', text: '<at>Someone Else</at>', mentioned: { id: '29:x' } }],
      });
      for (const activity of [plain, other])
        expect((await post(t.host.messagesUrl, activity)).status).toBe(200);
      expect(t.host.bot.messages).toHaveLength(seen);
      expect(t.host.stub.captured).toHaveLength(0);
      await post(t.host.messagesUrl, A.mentionMessage('can I?', { ...t.opts, conversationType }));
      expect(t.host.bot.messages).toHaveLength(seen + 1);
    },
  );

  it('sends each reply as one message, in order', async () => {
    await post(t.host.messagesUrl, A.message('two', t.opts));
    const sent = await t.host.stub.waitFor(2);
    expect(sent.map((s) => s.activity.text)).toEqual(['1', '2']);
  });

  it('passes the locale through', async () => {
    await post(t.host.messagesUrl, A.message('bonjour', { ...t.opts, locale: 'fr-CA' }));
    expect(lastMessage()).toMatchObject({ locale: 'fr-CA' });
  });

  it('routes an Action.Submit message (value with a verb, no text) to onAction', async () => {
    const res = await post(
      t.host.messagesUrl,
      A.submit({ verb: 'entry.show', entryId: 'e1' }, t.opts),
    );
    expect(res.status).toBe(200);
    expect(t.host.bot.actions.at(-1)).toMatchObject({
      verb: 'entry.show',
      data: { entryId: 'e1' },
    });
    const [sent] = await t.host.stub.waitFor(1);
    expect(sent?.activity).toMatchObject({ attachments: [{ content: lengthCard(16) }] });
  });
});

describe('startup', () => {
  it('warns loudly that authentication is off', () => {
    expect(t.host.log.text()).toContain('authentication is OFF: local mode');
  });
});

describe('health', () => {
  it('GET /healthz answers 200 {status: "ok"}', async () => {
    const res = await fetch(`${t.host.server.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});
