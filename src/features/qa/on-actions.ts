// The Q&A cards' verbs. What a person opens from a card (an entry, topics, support, "none of
// these") comes as a new reply below it and the card they clicked stays as it was, so the question
// above it keeps its answer; only the card's own state changes in place ("Was this helpful?", moving
// between the sections of the topics card, which has its own way back).
import { answerCard } from './cards/answer.js';
import { notFoundCard } from './cards/not-found.js';
import { topicsCard } from './cards/topics.js';
import { supportCard } from '../support/support-card.js';
import { STRINGS } from '../../i18n/strings.js';
import { langOfData, langOfLocale } from '../../i18n/lang.js';
import type { Catalogue, Lang } from '../../guidance/types.js';
import type { SupportProfile } from '../../organization/profile.js';
import { audienceOf, stringField, textField } from '../../contract/action-data.js';
import type { ActionResult, ActionTurn, CardJson } from '../../contract/activities.js';
import { UNKNOWN_VERB } from '../../contract/activities.js';
import { QA_VERBS } from '../../contract/verbs.js';
import { isNotHelpfulReason } from '../../usage/reasons.js';
import type { FeedbackRecorder } from './feedback.js';
import { MAX_QUESTION_LENGTH } from './limits.js';

export interface QaActionDeps {
  readonly catalogue: Catalogue;
  readonly feedback: FeedbackRecorder;
  readonly supportProfile?: SupportProfile;
}

const badRequest = (code: string, message: string): ActionResult => ({
  kind: 'bad-request',
  code,
  message,
});
const UNKNOWN_ENTRY = badRequest('UnknownEntry', 'That guidance entry does not exist.');
const UNKNOWN_SECTION = badRequest('UnknownSection', 'That section does not exist.');

/** The clicked card stays; the opened one is posted below it, and Teams says so on the card. */
const openBelow = (lang: Lang, card: CardJson): ActionResult => ({
  kind: 'message',
  message: STRINGS[lang].answer.openedBelow,
  post: [{ lang, card }],
});

export function qaActions(deps: QaActionDeps): (turn: ActionTurn) => Promise<ActionResult> {
  const { catalogue, supportProfile } = deps;
  const lookup = (id: string) => catalogue.byId.get(id);

  function showTopics(lang: Lang, data: ActionTurn['data']): ActionResult {
    const sectionId = stringField(data, 'sectionId');
    if (sectionId !== undefined && !catalogue.sections.some((s) => s.id === sectionId))
      return UNKNOWN_SECTION;
    const card = topicsCard(catalogue, lang, sectionId);
    return sectionId !== undefined || data.within === true
      ? { kind: 'card', card }
      : openBelow(lang, card);
  }

  return async (turn) => {
    const lang = langOfData(turn.data, langOfLocale(turn.locale));
    const entryId = stringField(turn.data, 'entryId');
    const entry = entryId ? lookup(entryId) : undefined;
    switch (turn.verb) {
      case QA_VERBS.showEntry:
        return entry ? openBelow(lang, answerCard(entry, lookup, lang)) : UNKNOWN_ENTRY;
      case QA_VERBS.feedback: {
        const { helpful } = turn.data;
        if (!entry || typeof helpful !== 'boolean') return UNKNOWN_ENTRY;
        await deps.feedback.record(entry.id, helpful);
        const feedback = helpful ? 'thanks' : 'why-not';
        return { kind: 'card', card: answerCard(entry, lookup, lang, { feedback }) };
      }
      case QA_VERBS.feedbackReason: {
        const { reason } = turn.data;
        if (!entry || !isNotHelpfulReason(reason)) return UNKNOWN_ENTRY;
        await deps.feedback.reason(entry.id, reason);
        return { kind: 'card', card: answerCard(entry, lookup, lang, { feedback: 'thanks' }) };
      }
      case QA_VERBS.showTopics:
        return showTopics(lang, turn.data);
      case QA_VERBS.showSupport:
        return openBelow(lang, supportCard(lang, supportProfile, audienceOf(turn.data)));
      case QA_VERBS.noneOfThese: {
        const question = textField(turn.data, 'question', MAX_QUESTION_LENGTH) ?? '';
        return openBelow(lang, notFoundCard(question, lang, supportProfile));
      }
      default:
        return UNKNOWN_VERB;
    }
  };
}
