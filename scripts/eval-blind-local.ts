// Asks each question of the bot's own message handler, in process: the same code path as a Teams
// message, without HTTP (fast, for iterating; the protocol asker gives the reported figures).
import { createQa } from '../src/features/qa/qa.js';
import { memoryFeedback } from '../src/features/qa/feedback.js';
import { loadCatalogue } from '../src/guidance/load.js';
import { createMatcher } from '../src/matching/matcher.js';
import type { BlindQuestion } from '../tests/matching/blind-set.js';
import type { Outcome } from '../tests/matching/blind-score.js';
import { outcomeOfCards } from '../tests/matching/card-outcome.js';

export function inProcessAsker() {
  const catalogue = loadCatalogue();
  const bot = createQa({
    catalogue,
    matcher: createMatcher(catalogue),
    feedback: memoryFeedback(),
  });
  return {
    async ask(q: BlindQuestion): Promise<Outcome> {
      const replies = await bot.onMessage({
        text: q.q,
        locale: q.lang === 'fr' ? 'fr-CA' : 'en-US',
        conversation: 'personal',
      });
      return outcomeOfCards(replies.map((r) => r.card).filter(Boolean));
    },
    close: () => Promise.resolve(),
  };
}
