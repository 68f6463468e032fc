// Every word the cards show that is not catalogue content or user text. Templates in cards/ hold no
// visible words: they bind to these strings, so both languages share one layout.
import type { Lang, Verdict } from '../guidance/types.js';
import type { NotHelpfulReason } from '../usage/reasons.js';
import { en } from './en.js';
import { fr } from './fr.js';

/** A titled block of the support card: lead paragraph and/or bullet items. */
/** Who a support avenue is for: the card shows the asker's own avenues first. */
export const AUDIENCES = ['employees', 'managers', 'executives'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** Avenues of support: every paragraph and item quotes the guidance (tests/cards/support.test.ts). */
export interface SupportGroup {
  readonly heading: string;
  /** Only for this audience's askers; otherwise for everyone. */
  readonly for?: Exclude<Audience, 'employees'>;
  readonly paragraphs: readonly string[];
  readonly items?: readonly string[];
}

/** What the team help card offers as buttons, each run as if typed. */
export const TEAM_COMMANDS = ['quiz', 'scenario', 'schedule'] as const;
export type TeamCommand = (typeof TEAM_COMMANDS)[number];

export interface Command {
  readonly command: string;
  readonly description: string;
}

export interface UiStrings {
  readonly common: {
    /** Marks a clickable row (rows replace buttons, whose titles Teams cuts off). */
    readonly rowIcon: string;
    readonly youAsked: string;
    readonly browseTopics: string;
    readonly whereToGetSupport: string;
  };
  readonly answer: {
    readonly verdicts: Readonly<Record<Verdict, string>>;
    readonly whyHeading: string;
    readonly relatedHeading: string;
    readonly helpfulQuestion: string;
    readonly yes: string;
    readonly no: string;
    readonly thanks: string;
    readonly translationNote: string;
    /** Before the reflection questions' titles, on one line. */
    readonly askYourself: string;
    /** The one toggle that shows what the first view folds: the rest of the text, the why-texts. */
    readonly details: string;
    /** The toggle's row: the same words after a marker that says "unfolds". */
    readonly detailsRow: string;
    /** The clicked card stays as it was; the chosen entry comes as a new reply below it. */
    readonly openedBelow: string;
    /** After "No": what was missing (anonymous choices, counted per entry). */
    readonly missingQuestion: string;
    readonly reasons: Readonly<Record<NotHelpfulReason, string>>;
  };
  readonly didYouMean: {
    readonly intro: string;
    readonly noneOfThese: string;
  };
  readonly notFound: {
    /** Must stay the card's first TextBlock, word for word: the bot's callers test for it. */
    readonly sentence: string;
    readonly scope: string;
    readonly topicsOffer: string;
    /** How to ask again so the guidance can be found. */
    readonly rephrase: string;
    readonly supportIntro: string;
    readonly supportItems: readonly string[];
  };
  readonly support: {
    readonly title: string;
    readonly intro: string;
    readonly groups: readonly SupportGroup[];
    /** Said on the French card: the guidance's words are our translation. Empty in English. */
    readonly translationNote: string;
    readonly orgHeading: string;
    readonly phone: string;
    readonly email: string;
  };
  readonly welcome: {
    readonly title: string;
    readonly intro: string;
    readonly limits: string;
    readonly examplesHeading: string;
    readonly examples: readonly string[];
    readonly commandsHeading: string;
    readonly commands: readonly Command[];
    readonly privacy: string;
  };
  /** The help card in a group chat, meeting chat or channel (src/features/team/cards/team-help.ts). */
  readonly teamHelp: {
    readonly title: string;
    readonly mention: string;
    readonly example: string;
    readonly heading: string;
    readonly commands: Readonly<
      Record<TeamCommand, { readonly title: string; readonly hint: string }>
    >;
    /** In a group chat: the weekly scenario needs a channel. */
    readonly scheduleInChannels: string;
    readonly privateChat: string;
  };
  /** Short replies to greetings, thanks and goodbyes (src/features/qa/small-talk.ts). */
  readonly smallTalk: {
    readonly greeting: string;
    readonly thanks: string;
    readonly goodbye: string;
  };
  readonly topics: {
    readonly title: string;
    readonly intro: string;
    readonly sectionIntro: string;
    readonly back: string;
  };
}

export const STRINGS = { en, fr } as const satisfies Record<Lang, UiStrings>;
