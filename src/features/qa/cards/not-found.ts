// The not-found card. Its first TextBlock is exactly the not-found sentence (callers and the
// evaluation look for it); then the echoed question, and where to go next: topics or people.
import type { CardJson } from '../../../contract/activities.js';
import type { Lang } from '../../../guidance/types.js';
import type { SupportProfile } from '../../../organization/profile.js';
import { orgContactLines, type OrgView } from '../../support/contacts.js';
import { bullets, type Paragraph } from '../../../cards/paragraphs.js';
import { render } from '../../../cards/render.js';
import { STRINGS, type UiStrings } from '../../../i18n/strings.js';
import { echoQuestion } from '../../../cards/user-text.js';
import { baseView, type BaseView } from '../../../cards/view.js';

export interface NotFoundView extends BaseView {
  readonly s: UiStrings['notFound'];
  /** The user's words: bound only to a TextRun, so markdown they typed is shown, not rendered. */
  readonly question: string;
  /** The main contacts as one markdown bullet list. */
  readonly supportList: string;
  readonly hasProfile: boolean;
  readonly org?: OrgView<Paragraph>;
}

export function notFoundView(question: string, lang: Lang, profile?: SupportProfile): NotFoundView {
  const s = STRINGS[lang].notFound;
  return {
    ...baseView(lang),
    s,
    question: echoQuestion(question),
    supportList: bullets(s.supportItems).text,
    hasProfile: profile !== undefined,
    ...(profile ? { org: orgContactLines(profile, lang) } : {}),
  };
}

export function notFoundCard(question: string, lang: Lang, profile?: SupportProfile): CardJson {
  return render('not-found', notFoundView(question, lang, profile));
}
