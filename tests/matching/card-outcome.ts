// What a reply card says about a question, read from the card itself as Teams would show it: an
// answer (its entry id, from the "Was this helpful?" buttons), "did you mean" (the offered ids), or
// "not found" (the sentence in either language).
import { STRINGS } from '../../src/i18n/strings.js';
import { QA_VERBS } from '../../src/contract/verbs.js';
import type { Outcome } from './blind-score.js';

interface Action {
  verb?: string;
  data?: Record<string, unknown>;
}

function actionsOf(node: unknown, out: Action[] = []): Action[] {
  if (Array.isArray(node)) node.forEach((n) => actionsOf(n, out));
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (typeof o.verb === 'string') out.push(o);
    Object.values(o).forEach((v) => actionsOf(v, out));
  }
  return out;
}

const NOT_FOUND = [STRINGS.en.notFound.sentence, STRINGS.fr.notFound.sentence];

export function outcomeOfCards(cards: readonly unknown[]): Outcome {
  for (const card of cards) {
    const actions = actionsOf(card);
    const feedback = actions.find((a) => a.verb === QA_VERBS.feedback);
    if (feedback) return { kind: 'answer', id: String(feedback.data?.entryId) };
    if (actions.some((a) => a.verb === QA_VERBS.noneOfThese))
      return {
        kind: 'did-you-mean',
        ids: actions
          .filter((a) => a.verb === QA_VERBS.showEntry)
          .map((a) => String(a.data?.entryId)),
      };
    const text = JSON.stringify(card);
    if (NOT_FOUND.some((s) => text.includes(JSON.stringify(s).slice(1, -1))))
      return { kind: 'not-found' };
  }
  return { kind: 'other', what: cards.length ? 'another card' : 'no card' };
}
