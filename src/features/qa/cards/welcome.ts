// The welcome card, sent on install and on "help"/"aide": what the bot does, example questions
// (plain text, not buttons: people should learn they can type their own), commands, privacy.
import type { CardJson } from '../../../contract/activities.js';
import type { Lang } from '../../../guidance/types.js';
import { bullets } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { STRINGS, type Command, type UiStrings } from '../../../i18n/strings.js';
import { baseView, type BaseView } from '../../../cards/view.js';

export interface WelcomeView extends BaseView {
  readonly s: UiStrings['welcome'];
  /** The example questions as one markdown bullet list. */
  readonly examples: string;
  readonly commands: readonly Command[];
}

export function welcomeView(lang: Lang): WelcomeView {
  const s = STRINGS[lang].welcome;
  return { ...baseView(lang), s, examples: bullets(s.examples).text, commands: s.commands };
}

export function welcomeCard(lang: Lang): CardJson {
  return render('welcome', welcomeView(lang));
}
