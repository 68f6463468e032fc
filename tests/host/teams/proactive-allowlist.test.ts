// A stored conversation reference pointing anywhere but a Bot Connector host is never sent to.
import { describe, expect, it } from 'vitest';
import { botWithStub } from '../../helpers/in-process.js';

const bot = botWithStub();

const reference = (serviceUrl: string) => ({
  serviceUrl,
  channelId: 'msteams',
  bot: { id: '28:bot' },
  conversation: { id: '19:c@thread.tacv2', conversationType: 'channel' },
});

describe('proactive sends and the serviceUrl allow-list', () => {
  it('refuses a reference to a host that is not a Bot Connector, sending nothing', async () => {
    const send = bot.host.server.proactive.send(reference('https://attacker.example.com/'), {
      lang: 'en',
      text: 'hi',
    });
    await expect(send).rejects.toMatchObject({ name: 'SendError', code: 'failed' });
  });

  it('sends to a loopback connector in local mode', async () => {
    const { id } = await bot.host.server.proactive.send(reference(bot.stub.serviceUrl), {
      lang: 'en',
      text: 'hi',
    });
    expect(id).toBeTruthy();
    expect(bot.stub.captured).toHaveLength(1);
  });
});
