// Local mode (no app id), card actions and installation: real HTTP, real CloudAdapter, fake bot.
import { describe, expect, it } from 'vitest';
import * as A from '../../helpers/activities.js';
import { lengthCard } from '../../helpers/fake-bot.js';
import { useTestHost } from '../../helpers/in-process.js';
import { post } from '../../helpers/http.js';

const t = useTestHost();

describe('adaptiveCard/action', () => {
  it('answers a card result with HTTP 200 and the card', async () => {
    const res = await post(
      t.host.messagesUrl,
      A.cardAction('entry.show', { entryId: 'e1' }, t.opts),
    );
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.card.adaptive',
      value: lengthCard(16),
    });
    expect(t.host.stub.captured).toHaveLength(0);
  });

  it('answers a message result', async () => {
    const res = await post(t.host.messagesUrl, A.cardAction('feedback.helpful', undefined, t.opts));
    expect(res.json).toEqual({
      statusCode: 200,
      type: 'application/vnd.microsoft.activity.message',
      value: 'Thanks!',
    });
    expect(t.host.bot.actions.at(-1)).toMatchObject({ data: {} });
  });

  it('answers an unknown verb with a 400-type body, without asking the bot', async () => {
    const before = t.host.bot.actions.length;
    const res = await post(t.host.messagesUrl, A.cardAction('no.such.verb', {}, t.opts));
    expect(res.status).toBe(200);
    expect(res.json).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'UnknownVerb', message: 'This card action is not supported.' },
    });
    expect(t.host.bot.actions).toHaveLength(before);
  });

  it.each([
    ['a missing verb', A.cardAction(undefined, {}, { serviceUrl: '' })],
    ['a verb that is not a string', A.cardAction(42, {}, { serviceUrl: '' })],
    ['data that is an array', A.cardAction('entry.show', [1], { serviceUrl: '' })],
    ['no action at all', A.invoke('adaptiveCard/action', {}, { serviceUrl: '' })],
  ])('answers %s with a 400-type body without calling the bot', async (_name, activity) => {
    const calls = t.host.bot.actions.length;
    const res = await post(t.host.messagesUrl, { ...activity, serviceUrl: t.opts.serviceUrl });
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'BadRequest' },
    });
    expect(t.host.bot.actions).toHaveLength(calls);
  });

  it("leaves other invokes to botbuilder's default", async () => {
    const res = await post(t.host.messagesUrl, A.invoke('some/unknownInvoke', {}, t.opts));
    expect(res.status).toBe(501);
  });

  it('answers an invoke without a name with 400: malformed, not unimplemented', async () => {
    const { name: _name, ...nameless } = A.invoke('x', {}, t.opts);
    const res = await post(t.host.messagesUrl, nameless);
    expect(res.status).toBe(400);
  });
});

describe('installation', () => {
  it('welcomes on installationUpdate add, not on remove', async () => {
    await post(t.host.messagesUrl, A.installationUpdate('remove', t.opts));
    await post(t.host.messagesUrl, A.installationUpdate('add', { ...t.opts, locale: 'fr-CA' }));
    const sent = await t.host.stub.waitFor(1);
    expect(sent.map((s) => s.activity.text)).toEqual(['Welcome!']);
    expect(t.host.bot.installs.at(-1)).toMatchObject({ locale: 'fr-CA', conversation: 'personal' });
    expect(t.host.bot.uninstalls).toHaveLength(1);
  });

  it('welcomes when the bot is among membersAdded, not for other members', async () => {
    await post(t.host.messagesUrl, A.conversationUpdate([A.USER], t.opts));
    await post(
      t.host.messagesUrl,
      A.conversationUpdate([A.USER, A.BOT], { ...t.opts, conversationType: 'channel' }),
    );
    const sent = await t.host.stub.waitFor(1);
    expect(sent).toHaveLength(1);
    expect(t.host.bot.installs.at(-1)).toMatchObject({ conversation: 'channel' });
  });

  it('welcomes once when Teams announces one installation twice', async () => {
    const same = { ...t.opts, conversationId: 'a:installed-once' };
    await post(t.host.messagesUrl, A.installationUpdate('add', same));
    await post(t.host.messagesUrl, A.conversationUpdate([A.BOT, A.USER], same));
    await t.host.stub.waitFor(1);
    await new Promise((r) => setTimeout(r, 100));
    expect(t.host.stub.captured).toHaveLength(1);
  });
});
