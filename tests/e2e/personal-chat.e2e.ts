// Personal chat in Microsoft 365 Agents Playground at 1280×1000, as people skim in Teams: each answer's
// first view (verdict, the guidance's answer line, "Ask yourself") fits in 600 px with the full text one
// click away; the verdict is readable (WCAG AA); what a card opens comes below it and the card stays;
// "None of these" keeps the question; "No" asks what was missing.
import { describe, expect, it } from 'vitest';
import {
  cardCount,
  maybeUpdateDocs,
  inConversation,
  newCard,
  reveal,
  rows,
  screenshot,
  send,
  step,
  textOf,
} from './browser.js';
import { contrastOf } from './contrast.js';

/** The first view's budget: a little over half of a laptop's Teams window. */
const FIRST_VIEW_PX = 600;

/** Representative answers: examples of each verdict, topics short and long, a reflection question. */
const ANSWERS = [
  ['can I share this petition?', 'Creating, signing or sharing a petition', 'Potentially risky'],
  ['can I post pictures of my cat?', 'your pet, vacation or a family event', 'Appropriate'],
  ['can I run for city council?', 'Being or seeking to be a candidate', undefined],
  ['what is the duty of loyalty?', 'loyalty', undefined],
  [
    'my employee posted something inappropriate, what should I do as a manager?',
    'employee',
    undefined,
  ],
  ['what type of content am I amplifying when I like a post?', 'amplifying', undefined],
  ["puis-je aimer une publication d'un parti politique?", 'partisans', 'Potentiellement risqué'],
  ['puis-je partager une pétition contre le ministre?', 'pétition', 'Potentiellement risqué'],
  [
    'pourquoi mes publications personnelles sur les médias sociaux comptent-elles?',
    'pourquoi vos publications personnelles',
    undefined,
  ],
] as const;

const DETAILS = /^(Full text and why it matters|Texte complet et pourquoi c'est important)$/;

describe('personal chat', () => {
  const chat = inConversation('Personal Chat');

  it('shows each answer first, within 600 px, with the full text one click away', async () => {
    const heights: string[] = [];
    for (const [i, [question, title, verdict]] of ANSWERS.entries()) {
      await step(chat.page, `01-answer-${i + 1}`, async () => {
        const before = await cardCount(chat.page);
        await send(chat.page, 'Personal Chat', question);
        const card = await newCard(chat.page, before, 'Personal Chat', title);
        const firstView = (await card.boundingBox())!.height;
        heights.push(`${Math.round(firstView)} px  ${question}`);
        expect.soft(firstView, question).toBeLessThanOrEqual(FIRST_VIEW_PX);
        if (verdict) {
          const { ratio, fg, bg } = await contrastOf(
            card.getByText(verdict, { exact: false }).first(),
          );
          expect(ratio, `${verdict}: ${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
        }
        if (process.env.E2E_EVERY_ANSWER === '1') {
          await reveal(card, 20);
          await screenshot(chat.page, `01-answer-${i + 1}`);
        }
        if (i === 0) {
          await reveal(card, 110);
          maybeUpdateDocs(await screenshot(chat.page, '01-personal-answer'));
          // High contrast, as Windows and Teams' high-contrast theme force it: still readable.
          await chat.page.emulateMedia({ forcedColors: 'active' });
          const forced = await contrastOf(card.getByText(verdict!, { exact: false }).first());
          expect(
            forced.ratio,
            `forced colours: ${forced.fg} on ${forced.bg}`,
          ).toBeGreaterThanOrEqual(4.5);
          await screenshot(chat.page, '01-personal-answer-high-contrast');
          await chat.page.emulateMedia({ forcedColors: 'none' });
        }
        const toggle = card.getByRole('button', { name: DETAILS });
        await toggle.click();
        await expect
          .poll(async () => (await card.boundingBox())!.height)
          .toBeGreaterThan(firstView);
        if (i === 0) {
          await reveal(card, 110);
          await screenshot(chat.page, '02-personal-details');
        }
      });
    }
    console.log(`  first views:\n    ${heights.join('\n    ')}`);
  });

  it('opens a related entry below the answer, which stays as it was', async () => {
    await step(chat.page, '03-personal-related', async () => {
      const before = await cardCount(chat.page);
      await send(chat.page, 'Personal Chat', 'can I share this petition?');
      const answer = await newCard(chat.page, before, 'Personal Chat', 'sharing a petition');
      const original = await textOf(answer);
      const related = (await rows(answer)).filter(
        ({ name }) => name && !/support/i.test(name) && !DETAILS.test(name),
      );
      expect(related.length).toBeGreaterThan(0);
      const { name, row } = related[0]!;
      await row.click();
      const opened = await newCard(chat.page, before + 1, 'Personal Chat', name);
      await opened.getByRole('heading', { name, exact: true }).waitFor();
      expect(await textOf(answer)).toBe(original);
      await reveal(answer);
      await screenshot(chat.page, '03-personal-related');
    });
  });

  it('"None of these" keeps the question and offers to rephrase', async () => {
    await step(chat.page, '04-personal-none-of-these', async () => {
      const before = await cardCount(chat.page);
      await send(chat.page, 'Personal Chat', 'facebook');
      const choices = await newCard(chat.page, before, 'Personal Chat', 'Did you mean');
      await choices.getByRole('button', { name: 'None of these' }).click();
      const none = await newCard(chat.page, before + 1, 'Personal Chat', 'You asked');
      const text = await textOf(none);
      expect(text).toContain('You asked: facebook');
      expect(text).toContain('ask again in other words');
      expect(await textOf(choices)).toContain('Did you mean');
      await reveal(choices);
      await screenshot(chat.page, '04-personal-none-of-these');
    });
  });

  it('asks what was missing after "No", then thanks, in place', async () => {
    await step(chat.page, '05-personal-feedback', async () => {
      const before = await cardCount(chat.page);
      await send(chat.page, 'Personal Chat', 'Est-ce que je peux publier des photos de mon chien?');
      const answer = await newCard(chat.page, before, 'Personal Chat', 'Approprié');
      await answer.getByRole('button', { name: 'Non', exact: true }).click();
      await answer.getByText("Qu'est-ce qui manquait?").waitFor();
      await reveal(answer.getByText("Qu'est-ce qui manquait?"));
      await screenshot(chat.page, '05-personal-feedback');
      await answer.getByRole('button', { name: /Trop long/ }).click();
      await answer.getByText('Merci de votre rétroaction.').waitFor();
      expect(await cardCount(chat.page)).toBe(before + 1);
    });
  });
});
