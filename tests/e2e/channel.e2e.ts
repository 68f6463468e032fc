// A team channel in Microsoft 365 Agents Playground ("My Team", General): "@Test Bot scenario" posts a
// "What would you do?" card and choosing an answer shows that person's verdict; a malformed schedule
// gets the accepted forms; a schedule is a card with its next post and Pause / Skip next / Stop.
import { describe, expect, it } from 'vitest';
import {
  cardCount,
  cardWith,
  inConversation,
  newCard,
  reveal,
  rows,
  screenshot,
  send,
  step,
  textOf,
} from './browser.js';

const CHANNEL = 'My Team - General';

describe('channel', () => {
  const chat = inConversation(CHANNEL);

  it('posts a scenario and answers it', async () => {
    const card = await step(chat.page, '10-channel-scenario', async () => {
      const before = await cardCount(chat.page);
      await send(chat.page, CHANNEL, 'scenario');
      const scenario = await newCard(chat.page, before, CHANNEL, 'To discuss with your team');
      const text = await textOf(scenario);
      expect(text).toContain('What would you do?');
      expect(text).toContain('To discuss with your team');
      await reveal(scenario);
      await screenshot(chat.page, '10-channel-scenario');
      return scenario;
    });

    await step(chat.page, '11-channel-answer', async () => {
      const choices = await rows(card);
      expect(choices.length).toBeGreaterThanOrEqual(2);
      const { name, row } = choices[0]!;
      await row.click();
      const mine = await cardWith(chat.page, `Your answer: ${name}`);
      await reveal(mine);
      await screenshot(chat.page, '11-channel-answer');
    });
  });

  it('explains a malformed schedule with the accepted forms', async () => {
    await step(chat.page, '12-channel-schedule-error', async () => {
      const before = await cardCount(chat.page);
      await send(chat.page, CHANNEL, 'schedule weekly Friday 25:00');
      const card = await newCard(chat.page, before, CHANNEL, '25:00');
      const text = await textOf(card);
      expect(text).toContain('25:00');
      expect(text).toMatch(/schedule weekly Monday 9:00/);
      await reveal(card);
      await screenshot(chat.page, '12-channel-schedule-error');
    });
  });

  it('shows the schedule as a card with its next post, and pauses it from the card', async () => {
    const card = await step(chat.page, '13-channel-schedule', async () => {
      const before = await cardCount(chat.page);
      await send(chat.page, CHANNEL, 'schedule weekly Monday 9:00');
      const schedule = await newCard(chat.page, before, CHANNEL, /Every Monday at 9:00/);
      const text = await textOf(schedule);
      expect(text).toMatch(/Every Monday at 9:00/);
      for (const button of ['Pause', 'Skip next', 'Stop'])
        await schedule.getByRole('button', { name: button, exact: true }).waitFor();
      await reveal(schedule);
      await screenshot(chat.page, '13-channel-schedule');
      return schedule;
    });

    await step(chat.page, '14-channel-schedule-paused', async () => {
      await card.getByRole('button', { name: 'Pause', exact: true }).click();
      await card.getByRole('button', { name: 'Resume', exact: true }).waitFor();
      expect(await textOf(card)).toMatch(/Paused/);
      await reveal(card);
      await screenshot(chat.page, '14-channel-schedule-paused');
    });
  });
});
