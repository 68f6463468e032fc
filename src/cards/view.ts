// Fields every view model carries: the language, the Universal Action verbs (templates bind
// "verb" to these so src/contract/verbs.ts stays the single source) and the shared UI strings.
import { QA_VERBS } from '../contract/verbs.js';
import type { Lang } from '../guidance/types.js';
import { STRINGS, type UiStrings } from '../i18n/strings.js';

export interface BaseView {
  readonly lang: Lang;
  readonly verbs: typeof QA_VERBS;
  readonly c: UiStrings['common'];
}

export function baseView(lang: Lang): BaseView {
  return { lang, verbs: QA_VERBS, c: STRINGS[lang].common };
}
