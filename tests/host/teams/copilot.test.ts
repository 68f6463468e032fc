// Copilot's markers, how the host reads a Copilot conversation, and which cards Copilot can show:
// the pure parts (copilot.http.test.ts sends the same activities over HTTP).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { render, samplePath, TEMPLATE_NAMES } from '../../../src/cards/render.js';
import * as host from '../../../src/host/teams/activities.js';
import * as copilot from '../../../src/host/teams/copilot.js';
import * as A from '../../helpers/activities.js';
import { copilotGroupMessage, copilotMarks, copilotMessage } from './copilot-activities.js';
import { ADAPTIVE_CARD, copilotMessageProblems, copilotProblems } from './copilot-safe-cards.js';

// The host's functions, given activities as they come off the wire (plain JSON).
const fromCopilot = (a: object) => copilot.fromCopilot(a);
const addressedToBot = (a: object) => host.addressedToBot(a);
const messageText = (a: object) => host.messageText(a);
const turnOf = (a: object) => host.turnOf(a);

const opts = { serviceUrl: 'https://smba.trafficmanager.net/amer/' };
const typed = (conversationType: string, activity = copilotMessage('hi', opts)) => ({
  ...activity,
  conversation: { ...activity.conversation, conversationType },
});

describe('fromCopilot', () => {
  it('knows either marker: the ProductInfo entity or channelData.productContext', () => {
    expect(fromCopilot(copilotMessage('hi', opts))).toBe(true);
    expect(fromCopilot({ entities: [{ type: 'ProductInfo', id: 'COPILOT' }] })).toBe(true);
    // As Microsoft's proactive sample spells it.
    expect(fromCopilot({ channelData: { productContext: 'Copilot' } })).toBe(true);
  });

  it('is false for Teams, for another product, and for malformed entities', () => {
    expect(fromCopilot(A.message('hi', opts))).toBe(false);
    expect(fromCopilot({ entities: [{ type: 'ProductInfo', id: 'OTHER' }] })).toBe(false);
    expect(fromCopilot({ entities: [null, 'COPILOT', { type: 7, id: 'COPILOT' }] })).toBe(false);
    expect(fromCopilot({ channelData: 'COPILOT' })).toBe(false);
  });
});

describe('a Copilot conversation, as the host reads it', () => {
  it('is personal when Copilot names no type or one Teams does not have', () => {
    for (const activity of [copilotMessage('hi', opts), typed('somethingNew')]) {
      expect(addressedToBot(activity)).toBe(true);
      expect(turnOf(activity).conversation).toBe('personal');
    }
    // The same unknown type from Teams itself is not taken for a 1:1 chat.
    expect(addressedToBot(typed('somethingNew', A.message('hi', opts)))).toBe(false);
  });

  it('keeps Teams’ group chat rule: only a mention of the bot, with or without text', () => {
    expect(addressedToBot(copilotGroupMessage('hi', opts))).toBe(true);
    expect(addressedToBot(copilotGroupMessage('hi', opts, false))).toBe(false);
    expect(messageText(copilotGroupMessage('can I  post this?', opts))).toBe('can I post this?');
    expect(turnOf(copilotGroupMessage('hi', opts)).conversation).toBe('groupChat');
  });

  it('gives the features the locale, time zone, tenant and person as from Teams', () => {
    const turn = turnOf(copilotMessage('hi', { ...opts, locale: 'fr-CA' }));
    expect(turn).toMatchObject({
      locale: 'fr-CA',
      timezone: 'America/Toronto',
      tenantId: A.TENANT,
      user: { id: A.USER.id, aadObjectId: A.USER.aadObjectId },
    });
    expect(Object.keys(turn)).not.toContain('copilot');
    expect(copilotMarks().channelData).toEqual({
      tenant: { id: A.TENANT },
      productContext: 'COPILOT',
    });
  });
});

describe('what Copilot does not render', () => {
  it('is caught in a card: refresh, typeahead, password, @mention, nonstandard elements', () => {
    const card = {
      type: 'AdaptiveCard',
      refresh: { action: { type: 'Action.Execute', verb: 'x' } },
      msteams: { entities: [{ type: 'mention', text: '<at>A</at>', mentioned: { id: '1' } }] },
      body: [
        { type: 'Input.ChoiceSet', id: 'a', style: 'filtered', choices: [] },
        { type: 'Input.ChoiceSet', id: 'b', 'choices.data': { type: 'Data.Query' } },
        { type: 'Input.Text', id: 'c', style: 'Password' },
        { type: 'Component', name: 'graph.microsoft.com/event' },
      ],
    };
    expect(copilotProblems(card)).toHaveLength(6);
  });

  it('is caught in a message: hero cards and HTML', () => {
    const hero = { attachments: [{ contentType: 'application/vnd.microsoft.card.hero' }] };
    expect(copilotMessageProblems(hero)).toHaveLength(1);
    expect(copilotMessageProblems({ text: 'a <b>bold</b> claim' })).toEqual(['HTML text']);
    expect(copilotMessageProblems({ attachments: [{ contentType: ADAPTIVE_CARD }] })).toEqual([]);
  });

  // The quiz's own-view cards use refresh; the quiz runs in group chats, meetings and channels.
  const TEAM_ONLY_REFRESH = new Set(['quiz-question', 'quiz-personal']);

  const SAMPLES = TEMPLATE_NAMES.flatMap((name) =>
    (['en', 'fr'] as const).map((lang) => [name, lang] as const),
  );
  it.each(SAMPLES)('%s (%s sample): only the quiz own-view cards use refresh', (name, lang) => {
    const data = JSON.parse(readFileSync(samplePath(name, lang), 'utf8')) as object;
    const problems = copilotProblems(render(name, data));
    if (TEAM_ONLY_REFRESH.has(name)) expect(problems).toEqual(['refresh (dynamic card refresh)']);
    else expect(problems).toEqual([]);
  });
});
