// Personal chat in Microsoft 365 Agents Playground: a question gets the answer card (verdict, "Why this is
// important"); a related entry opens in place (Action.Execute); a French question gets a French card.
import { describe, expect, it } from 'vitest';
import {
  cardWith,
  maybeUpdateDocs,
  inConversation,
  reveal,
  REPLY_TIMEOUT,
  rows,
  screenshot,
  send,
  step,
  textOf,
} from './browser.js';

describe('personal chat', () => {
  const chat = inConversation('Personal Chat');

  it('answers "can I share this petition?" with the verdict and why it matters, then a related entry', async () => {
    const card = await step(chat.page, '01-personal-answer', async () => {
      await send(chat.page, 'Personal Chat', 'can I share this petition?');
      const answer = await cardWith(chat.page, 'Why this is important');
      const text = await textOf(answer);
      expect(text).toContain('Potentially risky');
      expect(text).toContain('Why this is important');
      // The question and the top of the card (title, verdict, why) in view: the README's screenshot.
      await reveal(answer, 110);
      maybeUpdateDocs(await screenshot(chat.page, '01-personal-answer'));
      return answer;
    });

    await step(chat.page, '02-personal-related', async () => {
      const related = (await rows(card)).filter(({ name }) => name && !/support/i.test(name));
      expect(related.length).toBeGreaterThan(0);
      const { name, row } = related[0]!;
      await row.click();
      // The entry replaces the card (the invoke response): its title is now a heading.
      const title = chat.page.getByRole('heading', { name, exact: true });
      await title.waitFor({ timeout: REPLY_TIMEOUT });
      await reveal(title);
      await screenshot(chat.page, '02-personal-related');
    });
  });

  it('answers a French question in French', async () => {
    await step(chat.page, '03-personal-french', async () => {
      await send(chat.page, 'Personal Chat', 'Est-ce que je peux publier des photos de mon chien?');
      const answer = await cardWith(chat.page, "Pourquoi c'est important");
      expect(await textOf(answer)).toContain("Pourquoi c'est important");
      await reveal(answer);
      await screenshot(chat.page, '03-personal-french');
    });
  });
});
