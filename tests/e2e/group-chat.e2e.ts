// Group chat in Microsoft 365 Agents Playground: the help card is the team one (@mention, quiz and
// scenario as buttons); "@Test Bot quiz" starts a quiz; answering shows the person's own result (the
// Action.Execute response); the starter's "Show results" posts the anonymous tally for everyone, with
// a bar per choice and the starter's Next question / Close quiz controls.
import { describe, expect, it } from 'vitest';
import {
  cardCount,
  cardWith,
  inConversation,
  newCard,
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

  it('answers "help" with the team card: @mention, quiz and scenario buttons', async () => {
    await step(chat.page, '06-group-help', async () => {
      const before = await cardCount(chat.page);
      await send(chat.page, 'Group Chat', 'help');
      const help = await newCard(chat.page, before, 'Group Chat', 'Start a quiz');
      const text = await textOf(help);
      expect(text).toContain('mention me first');
      for (const button of ['Start a quiz', 'Post a scenario'])
        await help.getByRole('button', { name: button, exact: true }).waitFor();
      expect(text).toContain('In a team channel, I can also post a scenario every week.');
      await reveal(help);
      await screenshot(chat.page, '06-group-help');
    });
  });

  it('runs a quiz: start, answer, see your own result, show results with bars', async () => {
    const card = await step(chat.page, '07-group-quiz', async () => {
      const before = await cardCount(chat.page);
      await send(chat.page, 'Group Chat', 'quiz');
      const quiz = await newCard(chat.page, before, 'Group Chat', /Question 1 of \d/);
      await quiz
        .getByText(/Question 1 of \d/)
        .first()
        .waitFor();
      const text = await textOf(quiz);
      expect(text).toContain('Quiz started by');
      expect(text).toContain('Show results');
      await reveal(quiz, 110);
      await screenshot(chat.page, '07-group-quiz');
      return quiz;
    });

    await step(chat.page, '08-group-answer', async () => {
      const choices = await rows(card);
      expect(choices.length).toBeGreaterThanOrEqual(2);
      const { name, row } = choices[0]!;
      await row.click();
      const mine = await cardWith(chat.page, `Your answer: ${name}`);
      expect(await textOf(mine)).toMatch(/Right!|Not quite/);
      await reveal(mine);
      await screenshot(chat.page, '08-group-answer');
    });

    await step(chat.page, '09-group-results', async () => {
      const before = await cardCount(chat.page);
      await chat.page.getByRole('button', { name: 'Show results', exact: true }).last().click();
      const results = await newCard(chat.page, before, 'Group Chat', /Results for question 1/);
      await results.getByText('1 answered').waitFor({ timeout: REPLY_TIMEOUT });
      for (const button of ['Next question', 'Close quiz'])
        await results
          .getByRole('button', { name: new RegExp(button) })
          .first()
          .waitFor();
      await reveal(results);
      await screenshot(chat.page, '09-group-results');
    });
  });

  it('closes a timed question when its time runs out and posts the results for everyone', async () => {
    await step(chat.page, '15-group-time-up', async () => {
      // The previous quiz is still open: close it first, as its starter.
      await chat.page.getByRole('button', { name: 'Close quiz', exact: true }).last().click();
      await cardWith(chat.page, /Quiz summary|Résumé|participants/i);
      const before = await cardCount(chat.page);
      await send(chat.page, 'Group Chat', 'quiz 3 10s');
      await newCard(chat.page, before, 'Group Chat', '10 seconds');
      const timeUp = await cardWith(chat.page, 'Time is up!');
      await timeUp
        .getByRole('button', { name: /Next question/ })
        .first()
        .waitFor();
      await reveal(timeUp);
      await screenshot(chat.page, '15-group-time-up');
    });
  });
});
