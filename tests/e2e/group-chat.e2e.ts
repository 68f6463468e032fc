// Group chat in Microsoft 365 Agents Playground: "@Test Bot quiz" starts a quiz; answering shows the
// person's own result (the Action.Execute response); "Show results" shows the anonymous tally.
import { describe, expect, it } from 'vitest';
import {
  cardWith,
  inConversation,
  reveal,
  REPLY_TIMEOUT,
  rows,
  screenshot,
  send,
  step,
  textOf,
} from './browser.js';

describe('group chat', () => {
  const chat = inConversation('Group Chat');

  it('runs a quiz: start, answer, see your own result, show results', async () => {
    const card = await step(chat.page, '04-group-quiz', async () => {
      await send(chat.page, 'Group Chat', 'quiz');
      const quiz = await cardWith(chat.page, /Question 1 of \d/);
      const text = await textOf(quiz);
      expect(text).toContain('Quiz started by');
      expect(text).toContain('Show results');
      await reveal(quiz, 110);
      await screenshot(chat.page, '04-group-quiz');
      return quiz;
    });

    await step(chat.page, '05-group-answer', async () => {
      const choices = await rows(card);
      expect(choices.length).toBeGreaterThanOrEqual(2);
      const { name, row } = choices[0]!;
      await row.click();
      const mine = await cardWith(chat.page, `Your answer: ${name}`);
      expect(await textOf(mine)).toMatch(/Right!|Not quite/);
      await reveal(mine);
      await screenshot(chat.page, '05-group-answer');
    });

    await step(chat.page, '06-group-results', async () => {
      await chat.page.getByRole('button', { name: 'Show results', exact: true }).last().click();
      const results = await cardWith(chat.page, /Results for question 1/);
      await results.getByText('1 answered').waitFor({ timeout: REPLY_TIMEOUT });
      expect(await textOf(results)).toContain('1 answered');
      await reveal(results);
      await screenshot(chat.page, '06-group-results');
    });
  });
});
