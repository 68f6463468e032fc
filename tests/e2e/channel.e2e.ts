// A team channel in Microsoft 365 Agents Playground ("My Team", General): "@Test Bot scenario" posts a
// "What would you do?" card; choosing an answer shows that person's verdict.
import { describe, expect, it } from 'vitest';
import {
  cardWith,
  inConversation,
  reveal,
  rows,
  screenshot,
  send,
  step,
  textOf,
} from './browser.js';

describe('channel', () => {
  const chat = inConversation('My Team - General');

  it('posts a scenario and answers it', async () => {
    const card = await step(chat.page, '07-channel-scenario', async () => {
      await send(chat.page, 'My Team - General', 'scenario');
      const scenario = await cardWith(chat.page, 'What would you do?');
      const text = await textOf(scenario);
      expect(text).toContain('What would you do?');
      expect(text).toContain('To discuss with your team');
      await reveal(scenario);
      await screenshot(chat.page, '07-channel-scenario');
      return scenario;
    });

    await step(chat.page, '08-channel-answer', async () => {
      const choices = await rows(card);
      expect(choices.length).toBeGreaterThanOrEqual(2);
      const { name, row } = choices[0]!;
      await row.click();
      const mine = await cardWith(chat.page, `Your answer: ${name}`);
      await reveal(mine);
      await screenshot(chat.page, '08-channel-answer');
    });
  });
});
