// A stored conversation reference pointing anywhere but a Bot Connector host is never sent to.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBotHost, type BotHost } from '../../helpers/in-process.js';
import { startStubConnector, type StubConnector } from '../../helpers/stub-connector.js';

let host: BotHost;
let stub: StubConnector;
beforeAll(async () => {
  stub = await startStubConnector();
  host = await startBotHost();
});
afterAll(async () => {
  await host.close();
  await stub.close();
});

const reference = (serviceUrl: string) => ({
  serviceUrl,
  channelId: 'msteams',
  bot: { id: '28:bot' },
  conversation: { id: '19:c@thread.tacv2', conversationType: 'channel' },
});

describe('proactive sends and the serviceUrl allow-list', () => {
  it('refuses a reference to a host that is not a Bot Connector, sending nothing', async () => {
    const send = host.server.proactive.send(reference('https://attacker.example.com/'), {
      lang: 'en',
      text: 'hi',
    });
    await expect(send).rejects.toMatchObject({ name: 'SendError', code: 'failed' });
  });

  it('sends to a loopback connector in local mode', async () => {
    const { id } = await host.server.proactive.send(reference(stub.serviceUrl), {
      lang: 'en',
      text: 'hi',
    });
    expect(id).toBeTruthy();
    expect(stub.captured).toHaveLength(1);
  });
});
