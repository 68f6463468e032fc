// The whole bot: features first (quiz, weekly scenario), then questions and Q&A card actions.
// Also keeps the conversation registry current and forgets a conversation's data on uninstall.
import { langOfData, langOfText, langOfLocale, localeOf } from '../i18n/lang.js';
import { STRINGS, TEAM_COMMANDS, type TeamCommand } from '../i18n/strings.js';
import type { Lang } from '../guidance/types.js';
import type { ActionResult, ActionTurn, Bot, MessageTurn, Turn } from '../contract/activities.js';
import { HELP_VERBS } from '../contract/verbs.js';
import type { Conversations } from '../conversations/conversations.js';
import type { Feature } from '../contract/feature.js';
import { withStorableReference } from '../conversations/reference.js';

export interface BotParts {
  /** Answers questions, help, topics, support and the Q&A card verbs. */
  readonly qa: Bot;
  readonly features: readonly Feature[];
  readonly conversations: Conversations;
  /** Deletes everything stored for a conversation (its hashed key). */
  readonly forget: (conversationKey: string) => Promise<void>;
  /** The person's reply language preference, as a locale (else the Teams locale). */
  readonly localeFor?: (turn: Turn) => Promise<string | undefined>;
  /** The conversation's reference was refreshed: let stored schedules follow it. */
  readonly referenceRefreshed?: (
    conversationKey: string,
    reference: Readonly<Record<string, unknown>>,
  ) => Promise<unknown>;
}

export function createBot(parts: BotParts): Bot {
  const { qa, features, conversations, forget } = parts;
  const langOfMessage = (turn: MessageTurn) => langOfText(turn.text, turn.locale);
  const search = qa.search?.bind(qa);
  /**
   * A button of the team help card: the command runs as if typed in the card's language, and what it
   * posts (a quiz, a scenario, the schedule card) comes below; the help card stays as it was.
   */
  async function runCommand(turn: ActionTurn): Promise<ActionResult> {
    const command = turn.data.command;
    if (!TEAM_COMMANDS.includes(command as TeamCommand))
      return { kind: 'bad-request', code: 'UnknownCommand', message: 'Unknown command.' };
    const lang = langOfData(turn.data, langOfLocale(turn.locale));
    const text = COMMAND_WORDS[lang][command as TeamCommand];
    const post = await bot.onMessage({ ...turn, locale: localeOf(lang), text });
    return { kind: 'message', message: STRINGS[lang].answer.openedBelow, post };
  }

  const bot: Bot = {
    async onMessage(received) {
      // Features and the registry only ever see a reference without people in it.
      const locale = (await parts.localeFor?.(received)) ?? received.locale;
      const turn = { ...withStorableReference(received), locale };
      if ((await conversations.remember(turn, () => langOfMessage(turn))) && turn.reference) {
        await parts.referenceRefreshed?.(conversations.keyOf(turn)!, turn.reference);
      }
      for (const feature of features) {
        const replies = feature.command(turn);
        if (replies) return replies;
      }
      return qa.onMessage(turn);
    },
    async onAction(received) {
      if (received.verb === HELP_VERBS.runCommand) return runCommand(received);
      const turn = withStorableReference(received);
      const handler = features.find((f) => Object.hasOwn(f.actions, turn.verb))?.actions[turn.verb];
      return handler ? handler(turn) : qa.onAction(turn);
    },
    async onInstalled(received: Turn) {
      const turn = withStorableReference(received);
      await conversations.remember(turn, langOfLocale(turn.locale), true);
      return qa.onInstalled(turn);
    },
    async onUninstalled(turn: Turn) {
      const key = conversations.keyOf(turn);
      if (key) await forget(key);
    },
    // Compose-box search reads the catalogue only: nothing to remember about the conversation.
    ...(search && { search }),
  };
  return bot;
}

/** The typed form of each team command, in each language (the commands' own words). */
const COMMAND_WORDS: Readonly<Record<Lang, Readonly<Record<TeamCommand, string>>>> = {
  en: { quiz: 'quiz', scenario: 'scenario', schedule: 'schedule' },
  fr: { quiz: 'questionnaire', scenario: 'scénario', schedule: 'horaire' },
};
