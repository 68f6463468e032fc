import { describe, expect, it } from 'vitest';
import { withoutPeople } from '../../src/conversations/reference.js';

describe('stored conversation references', () => {
  it('keep what a proactive post needs and drop the people', () => {
    const reference = {
      activityId: '1',
      user: { id: '29:u', name: 'Amira Analyst', aadObjectId: 'a-b-c' },
      bot: { id: '28:bot', name: 'Bot' },
      conversation: {
        id: '19:c',
        name: 'Secret project',
        conversationType: 'channel',
        tenantId: 't',
      },
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
      locale: 'en-US',
    };
    const stored = withoutPeople(reference);
    expect(JSON.stringify(stored)).not.toMatch(/Amira|a-b-c|29:u|Secret project/);
    expect(stored).toMatchObject({
      bot: { id: '28:bot' },
      conversation: { id: '19:c', conversationType: 'channel', tenantId: 't' },
      channelId: 'msteams',
      serviceUrl: 'https://smba.trafficmanager.net/amer/',
    });
  });
});
