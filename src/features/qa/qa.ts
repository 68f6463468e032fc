// The bot's behaviour, free of any Teams SDK: questions in, cards out.
import { answerCard } from './cards/answer.js';
import { didYouMeanCard } from './cards/did-you-mean.js';
import { notFoundCard } from './cards/not-found.js';
import { STRINGS } from '../../i18n/strings.js';
import { supportCard } from '../support/support-card.js';
import { topicsCard } from './cards/topics.js';
import { welcomeCard } from './cards/welcome.js';
import { teamHelpCard } from '../team/cards/team-help.js';
import type { Catalogue, Lang } from '../../guidance/types.js';
import { langOfLocale, langOfText } from '../../i18n/lang.js';
import type { Matcher } from '../../matching/matcher.js';
import type { SupportProfile } from '../../organization/profile.js';
import { parseCommand, withoutAskPrefix } from './commands.js';
import type { Bot, MessageTurn, Reply, Turn } from '../../contract/activities.js';
import type { FeedbackRecorder } from './feedback.js';
import { questionParts } from './question-parts.js';
import { createSearch } from './search.js';
import { readSmallTalk } from './small-talk.js';
import { MAX_QUESTION_LENGTH } from './limits.js';
import { qaActions } from './on-actions.js';

export interface QaDeps {
  readonly catalogue: Catalogue;
  readonly matcher: Matcher;
  readonly feedback: FeedbackRecorder;
  readonly supportProfile?: SupportProfile;
  /**
   * Called for every question: the entry answered, or undefined with which kind of miss it was.
   * The question is passed for misses only, for the opt-in unmatched-question record (usage/).
   */
  readonly onMatched?: (entryId: string | undefined, miss?: QuestionMiss) => void;
}

/** A question that got "did you mean" or "not found" (no person, no conversation). */
export interface QuestionMiss {
  readonly kind: 'did-you-mean' | 'not-found';
  readonly question: string;
}

/** Where people talk to each other, the help card is the team one (@mention, team features). */
const helpCard = (lang: Lang, turn: Turn) =>
  turn.conversation === 'personal' ? welcomeCard(lang) : teamHelpCard(lang, turn.conversation);

export function createQa(deps: QaDeps): Bot {
  const { catalogue, matcher, supportProfile } = deps;
  const lookup = (id: string) => catalogue.byId.get(id);
  const card = (lang: Lang, c: Reply['card']): Reply => ({ lang, card: c });
  const onAction = qaActions(deps);

  function answerQuestion(text: string, locale: string | undefined): Reply {
    const question = text.slice(0, MAX_QUESTION_LENGTH);
    const whole = matcher.match(question, locale);
    const { lang } = whole;
    // A question in several parts: the whole first; its parts' answers are offered as related
    // entries, and the first answered part stands in when the whole is not clear.
    const parts = questionParts(question);
    const answered = (parts.length > 1 ? parts : [])
      .map((p) => matcher.matchIn(p, lang).decision)
      .flatMap((d) => (d.kind === 'answer' ? [d.best.entry] : []));
    const decision = whole.decision;
    const main = decision.kind === 'answer' ? decision.best.entry : answered[0];
    if (main) {
      deps.onMatched?.(main.id);
      const alsoAsked = [...new Set(answered.map((e) => e.id))].filter((id) => id !== main.id);
      return card(lang, answerCard(main, lookup, lang, alsoAsked.length ? { alsoAsked } : {}));
    }
    if (decision.kind === 'answer') throw new Error('unreachable: an answer has a main entry');
    deps.onMatched?.(undefined, { kind: decision.kind, question });
    if (decision.kind === 'did-you-mean') {
      return card(
        lang,
        didYouMeanCard(
          question,
          decision.choices.map((c) => c.entry),
          lang,
        ),
      );
    }
    return card(lang, notFoundCard(question, lang, supportProfile));
  }

  function smallTalkReply(text: string, locale: string | undefined): Reply | undefined {
    const talk = readSmallTalk(text);
    if (!talk) return undefined;
    const lang = talk.lang ?? langOfLocale(locale);
    return { lang, text: STRINGS[lang].smallTalk[talk.kind] };
  }

  function onMessage(turn: MessageTurn): Promise<readonly Reply[]> {
    const text = withoutAskPrefix(turn.text).trim();
    const command = text ? parseCommand(text) : { command: 'help' as const };
    if (!command)
      return Promise.resolve([
        smallTalkReply(text, turn.locale) ?? answerQuestion(text, turn.locale),
      ]);
    const lang = command.lang ?? (text ? langOfText(text, turn.locale) : langOfLocale(turn.locale));
    if (command.command === 'support')
      return Promise.resolve([card(lang, supportCard(lang, supportProfile, command.audience))]);
    if (command.command === 'topics')
      return Promise.resolve([card(lang, topicsCard(catalogue, lang))]);
    return Promise.resolve([card(lang, helpCard(lang, turn))]);
  }

  const onInstalled = (turn: Turn) => {
    const lang = langOfLocale(turn.locale);
    return Promise.resolve([card(lang, helpCard(lang, turn))]);
  };

  // Uninstalling concerns the features that store conversation data, not the Q&A.
  const onUninstalled = () => Promise.resolve();

  // "Search the guidance" in the compose box: same matcher, same answer card.
  const search = createSearch({ catalogue, matcher });

  return { onMessage, onAction, onInstalled, onUninstalled, search };
}
