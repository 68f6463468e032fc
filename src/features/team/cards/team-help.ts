// The help card where people talk to each other (group chat, meeting chat, channel): how to address
// the bot there (an @mention), and the team features as buttons, so a manager finds the quiz, the
// scenario and the weekly schedule from the card alone. The weekly schedule is for channels only.
import type { CardJson, ConversationKind } from '../../../contract/activities.js';
import { HELP_VERBS, QA_VERBS } from '../../../contract/verbs.js';
import type { Lang } from '../../../guidance/types.js';
import { render } from '../../../cards/render.js';
import { baseView, type BaseView } from '../../../cards/view.js';
import { STRINGS, TEAM_COMMANDS, type TeamCommand, type UiStrings } from '../../../i18n/strings.js';

export interface TeamCommandView {
  readonly command: TeamCommand;
  readonly title: string;
  readonly hint: string;
}

export interface TeamHelpView extends Omit<BaseView, 'verbs'> {
  readonly verbs: typeof QA_VERBS & typeof HELP_VERBS;
  readonly s: UiStrings['teamHelp'];
  readonly commands: readonly TeamCommandView[];
  readonly inChannel: boolean;
}

export function teamHelpView(
  lang: Lang,
  where: Exclude<ConversationKind, 'personal'>,
): TeamHelpView {
  const s = STRINGS[lang].teamHelp;
  const inChannel = where === 'channel';
  const offered = TEAM_COMMANDS.filter((c) => inChannel || c !== 'schedule');
  return {
    ...baseView(lang),
    verbs: { ...QA_VERBS, ...HELP_VERBS },
    s,
    commands: offered.map((command) => ({ command, ...s.commands[command] })),
    inChannel,
  };
}

export function teamHelpCard(lang: Lang, where: Exclude<ConversationKind, 'personal'>): CardJson {
  return render('team-help', teamHelpView(lang, where));
}
