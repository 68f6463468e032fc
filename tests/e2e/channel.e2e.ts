// A team channel in Microsoft 365 Agents Playground ("My Team", General): "@Test Bot scenario" posts a
// "What would you do?" card; choosing an answer shows that person's verdict.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import {
  cardWith,
  launchBrowser,
  openConversation,
  openPlayground,
  reveal,
  rows,
  screenshot,
  send,
  step,
  textOf,
} from './browser.js';

describe('channel', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    page = await openPlayground(browser, inject('playgroundUrl'));
    await openConversation(page, 'My Team - General');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('posts a scenario and answers it', async () => {
    const card = await step(page, '07-channel-scenario', async () => {
      await send(page, 'My Team - General', 'scenario');
      const scenario = await cardWith(page, 'What would you do?');
      const text = await textOf(scenario);
      expect(text).toContain('What would you do?');
      expect(text).toContain('To discuss with your team');
      await reveal(scenario);
      await screenshot(page, '07-channel-scenario');
      return scenario;
    });

    await step(page, '08-channel-answer', async () => {
      const choices = await rows(card);
      expect(choices.length).toBeGreaterThanOrEqual(2);
      const { name, row } = choices[0]!;
      await row.click();
      const mine = await cardWith(page, `Your answer: ${name}`);
      await reveal(mine);
      await screenshot(page, '08-channel-answer');
    });
  });
});
