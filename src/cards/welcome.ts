// The welcome card, sent on install and on "help"/"aide": what the bot does, example questions
// (plain text, not buttons: people should learn they can type their own), commands, privacy.
import type { CardJson } from '../app/contract.js';
import type { Lang } from '../guidance/types.js';
import { bullets } from './paragraphs.js';
import { render } from './render.js';
import { STRINGS, type Command, type UiStrings } from './strings.js';
import { baseView, type BaseView } from './view.js';

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
