// The did-you-mean card: the question was close to several entries, so offer up to three of them
// and a way out ("None of these"). It must never read as "not found": the answer may be right here.
import type { CardJson } from '../../../contract/activities.js';
import type { Entry, Lang } from '../../../guidance/types.js';
import { render } from '../../../cards/render.js';
import { entryRow, type EntryRow } from '../../../cards/rows.js';
import { STRINGS, type UiStrings } from '../../../i18n/strings.js';
import { echoQuestion } from '../../../cards/user-text.js';
import { baseView, type BaseView } from '../../../cards/view.js';

export const MAX_CHOICES = 3;

export interface DidYouMeanView extends BaseView {
  readonly s: UiStrings['didYouMean'];
  /** The user's words: bound only to a TextRun, so markdown they typed is shown, not rendered. */
  readonly question: string;
  readonly choices: readonly EntryRow[];
}

export function didYouMeanView(
  question: string,
  choices: readonly Entry[],
  lang: Lang,
): DidYouMeanView {
  return {
    ...baseView(lang),
    s: STRINGS[lang].didYouMean,
    question: echoQuestion(question),
    choices: choices.slice(0, MAX_CHOICES).map((entry) => entryRow(entry, lang)),
  };
}

export function didYouMeanCard(question: string, choices: readonly Entry[], lang: Lang): CardJson {
  return render('did-you-mean', didYouMeanView(question, choices, lang));
}
